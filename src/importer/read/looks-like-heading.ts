/**
 * Plain text has no markup, so a sub-heading is recognised by its shape: a
 * short line with no closing punctuation whose words are capitalised (title
 * case, as newsrooms write sub-heads). Scripts without letter case (Hangul,
 * Chinese, Japanese, …) can only be told by brevity and punctuation.
 */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'via',
  'vs',
  'vs.',
  'with',
]);

// Sentence ends and clause marks in Latin, CJK and fullwidth forms; a line ending in one is prose.
const CLOSING = /[.!?;:,"”’'…。！？；：，、」』】》]$/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

export const MAX_HEADING_LENGTH = 80;

export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_HEADING_LENGTH || CLOSING.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 10) return false;
  if (!CASED.test(text)) return text.length <= 40;
  return words.every((word, i) => {
    if (i > 0 && MINOR_WORDS.has(word.toLowerCase())) return true;
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
    return !/^\p{Ll}/u.test(letters);
  });
}
