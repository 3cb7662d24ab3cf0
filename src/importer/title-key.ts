/**
 * Two titles name the same story when they differ only in case, punctuation
 * and spacing: "Ford’s Layoff Wave" (typographic apostrophe, as the desk
 * writes it) and "FORD'S LAYOFF WAVE" (as an old CMS exported it) match.
 * Letters, digits and their accents are kept: "Café" is not "Cafe".
 */
export function titleKey(title: string | null | undefined): string {
  return (title ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s\p{Cf}]+/gu, '');
}

/**
 * One word of the title a database LIKE can look for, to narrow the
 * candidates before their keys are compared. Prefers words that need no case
 * folding (ASCII, or scripts without case) because SQLite folds only ASCII;
 * failing those, the longest word as written.
 */
export function searchWord(title: string): string | undefined {
  const words = title.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const longest = (list: string[]) => [...list].sort((a, b) => b.length - a.length)[0];
  const foldable = words.filter((word) => /^[\x00-\x7f]+$/.test(word) || !/[\p{Lu}\p{Ll}]/u.test(word));
  return foldable.length ? longest(foldable).toLowerCase() : longest(words);
}
