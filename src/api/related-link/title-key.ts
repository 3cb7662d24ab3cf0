/**
 * Two titles name the same story when they differ only in case, punctuation
 * and spacing: "Ford’s Layoff Wave" (typographic apostrophe, as the desk
 * writes it) and "FORD'S LAYOFF WAVE" (as an old CMS exported it) match.
 * Letters, digits and their accents are kept: "Café" is not "Cafe".
 */
/** The stored column's width: NFKC can make a 300-character title longer. */
export const MAX_TITLE_KEY = 600;

export function titleKey(title: string | null | undefined): string {
  return (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s\p{Cf}]+/gu, '')
    .slice(0, MAX_TITLE_KEY);
}
