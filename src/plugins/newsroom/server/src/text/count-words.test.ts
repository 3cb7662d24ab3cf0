import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from './count-words';

const cases: Array<{ name: string; text: string; words: number; cjkCharacters: number }> = [
  { name: 'English sentence', text: 'After a week-long visit to Russia, Kim left.', words: 8, cjkCharacters: 0 },
  {
    name: 'apostrophe and hyphen stay inside one word',
    text: 'Ford’s week-long U.N. state-run',
    words: 4,
    cjkCharacters: 0,
  },
  { name: 'numbers and parentheses', text: '254 kilometers (159 miles)', words: 4, cjkCharacters: 0 },
  { name: 'punctuation-only tokens are not words', text: 'Wait — what … ? ! -- "', words: 2, cjkCharacters: 0 },
  {
    name: 'any whitespace separates, including NBSP and ideographic space',
    text: 'a\tb\nc\u00a0d\u3000e  f',
    words: 6,
    cjkCharacters: 0,
  },
  { name: 'Russian', text: 'Ким Чен Ын покинул Россию на поезде.', words: 7, cjkCharacters: 0 },
  { name: 'Greek', text: 'Καλημέρα κόσμε!', words: 2, cjkCharacters: 0 },
  { name: 'combining marks stay in their word', text: 'Cre\u0300me bru\u0302le\u0301e', words: 2, cjkCharacters: 0 },
  { name: 'Korean counts by words', text: '김정은 위원장이 러시아를 방문했다.', words: 4, cjkCharacters: 0 },
  {
    name: 'Chinese counts by character, punctuation not',
    text: '北京欢迎你。金正恩访问俄罗斯！',
    words: 0,
    cjkCharacters: 13,
  },
  { name: 'Japanese kanji, hiragana, katakana and ー', text: '東京タワーに行きました。', words: 0, cjkCharacters: 11 },
  { name: 'halfwidth katakana with halfwidth prolonged mark', text: 'ｶﾀｶﾅｰ', words: 0, cjkCharacters: 5 },
  { name: 'decomposed voiced kana count once', text: 'でんしゃ'.normalize('NFD'), words: 0, cjkCharacters: 4 },
  { name: 'CJK characters separate Latin words', text: '東京Tower北京Daxing', words: 2, cjkCharacters: 4 },
  {
    name: 'mixed: English, Korean name, Chinese, Japanese',
    text: 'Kim Jong-un (김정은) visits 俄罗斯 — 金正恩访问俄罗斯 and eats ラーメン',
    words: 6,
    cjkCharacters: 15,
  },
  { name: 'emoji only', text: '🎉 🚀 👍🏽 👨‍👩‍👧 🇰🇷', words: 0, cjkCharacters: 0 },
  { name: 'emoji next to a word do not add a word', text: 'Launch 🚀 day🎉', words: 2, cjkCharacters: 0 },
  { name: 'empty', text: '', words: 0, cjkCharacters: 0 },
  { name: 'whitespace only', text: ' \n\n\t ', words: 0, cjkCharacters: 0 },
  { name: 'not a string', text: undefined as unknown as string, words: 0, cjkCharacters: 0 },
];

for (const { name, text, words, cjkCharacters } of cases) {
  test(`countWords: ${name}`, () => {
    assert.deepEqual(countWords(text), { words, cjkCharacters });
  });
}

const largeCases: Array<{ name: string; text: string; words: number; cjkCharacters: number }> = [
  {
    name: '100 000 English words',
    text: Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? 'end.\n\n' : `word${i % 7}`)).join(' '),
    words: 100_000,
    cjkCharacters: 0,
  },
  { name: '100 000 Chinese characters', text: '北京欢迎你'.repeat(20_000), words: 0, cjkCharacters: 100_000 },
  // A single 200 000-character punctuation token is where a backtracking regex would stall.
  { name: 'one huge punctuation-only token', text: '-'.repeat(200_000), words: 0, cjkCharacters: 0 },
];

for (const { name, text, words, cjkCharacters } of largeCases) {
  test(`countWords: ${name}`, () => {
    const counts = countWords(text);
    assert.deepEqual(counts, { words, cjkCharacters });
  });
}
