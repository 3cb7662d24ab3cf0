/**
 * The one tokeniser of search, used for what is indexed and for what is asked, on PostgreSQL and on
 * SQLite alike: both databases then only match whole tokens we made, so the same data gives the same
 * answers on both. Words are runs of letters, marks and digits, NFKC-normalised and lower-cased.
 * Chinese and Japanese are written without spaces and Korean glues particles to its words (서울에서),
 * so a run of Han, Kana or Hangul becomes its overlapping bigrams (a lone character stays itself):
 * a two-character word of the query is then found inside any longer run.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Every character CJK matches is at U+1100 (Hangul Jamo) or above: a word without one is one token.
const MAYBE_CJK = /[\u1100-\uffff\ud800-\udfff]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]+/gu;

export interface Token {
  token: string;
  /** where the token's characters start and end in the normalised text (for highlighting) */
  start: number;
  end: number;
}

/** NFKC and lower case: full-width Latin, ligatures and compatibility forms fold to what people type. */
export const normaliseText = (text: string) => text.normalize('NFKC').toLowerCase();

function* bigrams(run: string, offset: number): Generator<Token> {
  const chars = Array.from(run);
  if (chars.length === 1) {
    yield { token: run, start: offset, end: offset + run.length };
    return;
  }
  let position = offset;
  for (let i = 0; i + 1 < chars.length; i++) {
    const token = chars[i] + chars[i + 1];
    yield { token, start: position, end: position + token.length };
    position += chars[i].length;
  }
}

/**
 * The tokens of already normalised text, with their places in it, in order, one at a time: a
 * snippet stops reading a long body once it is past the passage it shows. `from` starts the reading
 * further in; it must not fall inside a word (after a space, say), or that word's tail is a token.
 */
export function* tokensIn(normalised: string, from = 0): Generator<Token> {
  const words = new RegExp(WORD.source, WORD.flags);
  words.lastIndex = from;
  for (const word of normalised.matchAll(words)) {
    const start = word.index;
    if (!MAYBE_CJK.test(word[0])) {
      yield { token: word[0], start, end: start + word[0].length };
      continue;
    }
    let last = 0;
    for (const run of word[0].matchAll(CJK)) {
      if (run.index > last) {
        const text = word[0].slice(last, run.index);
        yield { token: text, start: start + last, end: start + run.index };
      }
      yield* bigrams(run[0], start + run.index);
      last = run.index + run[0].length;
    }
    if (last < word[0].length) yield { token: word[0].slice(last), start: start + last, end: start + word[0].length };
  }
}

/** The tokens of already normalised text, with their places in it. */
export const tokensOf = (normalised: string): Token[] => Array.from(tokensIn(normalised));

/** Text as the index stores it: its tokens, separated by spaces. */
export const indexedText = (text: string) =>
  tokensOf(normaliseText(text))
    .map((t) => t.token)
    .join(' ');
