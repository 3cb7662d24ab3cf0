/**
 * A saved page names its story in several places — JSON-LD, og:title, the
 * <title>, the visible h1 — and they do not always agree: the <title> carries
 * the site's decorations ("Headline @ Blog :: Site ::", "标题 _频道 _网站"),
 * and the h1 may be a section banner ("Allergies Health Center") or the site's
 * logo. The headline is the one most of them give; on a tie the structured
 * data wins, as in Mozilla's Readability (JSON-LD, then og:title, then the
 * <title>, then the h1).
 */

// A separator needs space on both sides ("Jong-un" and "9/11" are words); Chinese sites write " _频道".
const SEPARATOR = /(\s+(?:[|–—»›/\\·•@-]|::)\s+|\s+_\s*)/;
const END_DECORATION = /(?:\s*(?:[|–—»›/\\·•@_-]|::)\s*)+$/;

/** Letters and digits only, lower-cased: how two spellings of one headline compare. */
export const titleKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const length = (text: string) => titleKey(text).length;

/**
 * The headline part of a title: the site's names dropped wherever they stand, then trailing parts
 * shorter than what precedes them (section, blog, site), the way sites append them.
 */
export function stripTitleDecorations(title: string, siteNames: string[] = []): string {
  const sites = new Set(siteNames.map(titleKey).filter(Boolean));
  const parts = title.replace(/\s+/g, ' ').replace(END_DECORATION, '').split(SEPARATOR);
  // parts alternate: text, separator, text, …
  let texts = parts.filter((_, i) => i % 2 === 0);
  let separators = parts.filter((_, i) => i % 2 === 1);
  const keep = texts.map((text) => Boolean(text.trim()) && !sites.has(titleKey(text)));
  if (keep.some(Boolean)) {
    separators = separators.filter((_, i) => keep[i] && keep[i + 1]);
    texts = texts.filter((_, i) => keep[i]);
  }
  while (texts.length > 1 && length(texts[texts.length - 1]) < length(texts.slice(0, -1).join(' '))) {
    texts = texts.slice(0, -1);
    separators = separators.slice(0, texts.length - 1);
  }
  return texts
    .map((text, i) => (i ? separators[i - 1] : '') + text)
    .join('')
    .trim();
}

export interface HeadlineSources {
  jsonLd?: string;
  og?: string;
  /** the page's <title> */
  document?: string;
  h1?: string;
  siteNames?: string[];
}

/** The headline most sources agree on (see the top of this file), or undefined when the page gives none. */
export function chooseHeadline(sources: HeadlineSources): string | undefined {
  const candidates = [sources.jsonLd, sources.og, sources.document, sources.h1]
    .map((text) => (text ? stripTitleDecorations(text, sources.siteNames) : ''))
    .filter(Boolean);
  let best: string | undefined;
  let bestVotes = 0;
  for (const candidate of candidates) {
    const votes = candidates.filter((other) => titleKey(other) === titleKey(candidate)).length;
    if (votes > bestVotes) [best, bestVotes] = [candidate, votes];
  }
  return best;
}
