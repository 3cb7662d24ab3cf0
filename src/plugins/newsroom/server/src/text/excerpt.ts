// Chinese and Japanese have no spaces, and any position next to one of their characters is a
// word boundary; without this a Chinese body with one Latin word early on would be cut there.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;

// A dangling comma, dash or opening bracket before the ellipsis reads as a typo ("rain, …").
const DANGLING_END = /[\s,;:.\-‐‒–—―…([{"'“‘«‹「『、，；：。]+$/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isCjkAt(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && CJK.test(String.fromCodePoint(codePoint));
}

// Length is counted in UTF-16 units, which never undercounts what a database column measures.
function cutIndex(text: string, maxLength: number): number {
  const hardCut = isHighSurrogate(text.charCodeAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  for (let index = hardCut; index > 0; index--) {
    if (text[index] === ' ') return index;
    if (isHighSurrogate(text.charCodeAt(index - 1))) continue;
    // Before index: the character ending at index - 1 (may be the low half of a pair).
    const before = index >= 2 && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
    if (isCjkAt(text, before) || isCjkAt(text, index)) return index;
  }
  // One word longer than the whole excerpt: a partial word beats an empty teaser.
  return hardCut;
}

// Only the first limit+2 collapsed characters decide the excerpt (the extra ones show whether
// the cut lands on a space or before a CJK character, which may be a surrogate pair).
// Collapsing a prefix gives a prefix of the collapsed whole, so grow a prefix until it is long
// enough instead of rewriting a whole 100 000-word body on every save.
function collapsedPrefix(body: string, limit: number): string {
  for (let wanted = limit * 2 + 64; ; wanted *= 2) {
    const whole = wanted >= body.length;
    const text = body.slice(0, wanted).replace(/\s+/g, ' ').trimStart();
    if (whole) return text.trimEnd();
    if (text.length > limit + 1) return text;
  }
}

export function excerpt(summary: string | null | undefined, bodyText: string, maxLength = 200): string {
  const trimmedSummary = typeof summary === 'string' ? summary.trim() : '';
  if (trimmedSummary !== '') return trimmedSummary;
  if (typeof bodyText !== 'string' || !(maxLength >= 1)) return '';

  const limit = Math.floor(maxLength);
  const text = collapsedPrefix(bodyText, limit);
  if (text.length <= limit) return text;

  const cut = text.slice(0, cutIndex(text, limit));
  const tidy = cut.replace(DANGLING_END, '');
  return `${tidy === '' ? cut.trimEnd() : tidy}…`;
}
