export interface WordCounts {
  words: number;
  cjkCharacters: number;
}

// Chinese and Japanese do not separate words with spaces, so they are measured per character
// (and read at a per-character rate). Hangul is deliberately absent: Korean puts spaces between
// words and is counted like English. The prolonged sound marks (ー, ｰ) are Common script but
// lengthen a kana syllable, so they count with kana. Combining (semi-)voiced marks belong to the
// kana before them and are dropped without counting.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70\uff9e\uff9f]/gu;
const KANA_VOICING = /[\u3099\u309a]/g;

const TOKEN = /\S+/g;
// A token is a word only if it holds something readable: "—", "…" or "🎉" alone are not words.
const READABLE = /[\p{L}\p{N}]/u;

export function countWords(text: string): WordCounts {
  if (typeof text !== 'string' || text === '') return { words: 0, cjkCharacters: 0 };

  let cjkCharacters = 0;
  // CJK characters become spaces so "東京Tower" still yields the word "Tower".
  const spaced = text
    .replace(CJK_CHARACTER, () => {
      cjkCharacters++;
      return ' ';
    })
    .replace(KANA_VOICING, '');

  let words = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(spaced); match !== null; match = TOKEN.exec(spaced)) {
    if (READABLE.test(match[0])) words++;
  }
  return { words, cjkCharacters };
}
