import { normaliseText, tokensIn, type Token } from './search-tokens';

/**
 * A short passage of a found story around its first match, as HTML: the text escaped, every matching
 * token wrapped in `<mark>`, "…" where it was cut. Computed here rather than by the database so that
 * PostgreSQL and SQLite show the same snippet, and so CJK bigrams highlight as the characters they are.
 */
export const SNIPPET_LENGTH = 200;
const BEFORE_MATCH = 60;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// A text as a snippet shows it: NFKC, every run of whitespace one space. Matching only the runs that
// change (not each single space between words) makes this several times faster on a story's body.
const asShown = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();

/** Where the first of `tokens` occurs in `lower` as characters (maybe inside a word); -1 if none does. */
const firstOccurrence = (lower: string, tokens: string[]) =>
  tokens.reduce((first, token) => {
    const at = lower.indexOf(token);
    return at === -1 || (first !== -1 && first < at) ? first : at;
  }, -1);

/** The first of `texts` that matches, around its first match; else the start of the first non-empty one. */
export function snippet(texts: string[], queryTokens: string[]): string {
  const wanted = new Set(queryTokens);
  const candidates = texts.map(asShown).filter(Boolean);
  for (const shown of candidates) {
    const lower = normaliseText(shown);
    // A token is a run of the text's own characters: a text holding none of them has no match, and
    // no match starts before the word holding their first occurrence.
    const first = firstOccurrence(lower, queryTokens);
    if (first === -1) continue;
    // Lower-casing changes the length of a few characters (İ); then the lower-cased text is what shows.
    const text = lower.length === shown.length ? shown : lower;
    const matches: Token[] = [];
    let cut = { start: 0, end: Infinity };
    for (const token of tokensIn(lower, lower.lastIndexOf(' ', first) + 1)) {
      if (token.start >= cut.end) break;
      if (!wanted.has(token.token)) continue;
      if (matches.length === 0) cut = cutAround(text, token.start);
      matches.push(token);
    }
    if (matches.length) return passage(text, matches, cut);
  }
  return candidates.length ? passage(candidates[0], [], cutAround(candidates[0], 0)) : '';
}

/** Where to cut: at a space near `at`, so no word is halved (text without spaces is cut where it is). */
const boundary = (text: string, at: number, direction: 1 | -1) => {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const space = direction === 1 ? text.indexOf(' ', at) : text.lastIndexOf(' ', at);
  return space === -1 || Math.abs(space - at) > 20 ? at : direction === 1 ? space + 1 : space;
};

/** The passage shown for a first match at `first`. */
function cutAround(text: string, first: number) {
  let start = boundary(text, first - BEFORE_MATCH, 1);
  if (start > first) start = Math.max(0, first - BEFORE_MATCH);
  return { start, end: boundary(text, start + SNIPPET_LENGTH, -1) };
}

function passage(
  text: string,
  matches: { start: number; end: number }[],
  { start, end }: { start: number; end: number }
) {
  // Overlapping bigrams (北京, 京大) mark one run of characters.
  const ranges: { start: number; end: number }[] = [];
  for (const m of matches) {
    if (m.end <= start || m.start >= end) continue;
    const last = ranges[ranges.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else ranges.push({ start: Math.max(m.start, start), end: Math.min(m.end, end) });
  }
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const range of ranges) {
    html += `${escapeHtml(text.slice(at, range.start))}<mark>${escapeHtml(text.slice(range.start, range.end))}</mark>`;
    at = range.end;
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? `${html.trimEnd()}…` : html;
}
