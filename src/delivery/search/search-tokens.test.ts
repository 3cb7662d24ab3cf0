import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexedText, normaliseText, tokensOf } from './search-tokens';

describe('search tokens', () => {
  const cases: [string, string, string][] = [
    ['Latin words, lower-cased, punctuation gone', 'Kim’s "Visit" to RUSSIA!', 'kim s visit to russia'],
    ['diacritics kept (a different word in many languages)', 'Société café', 'société café'],
    ['Cyrillic', 'Ким Чен Ын посетил Россию', 'ким чен ын посетил россию'],
    ['digits', 'Su-35 jets in 2024', 'su 35 jets in 2024'],
    ['full-width Latin folds (NFKC)', 'ＵＮ　Ｓｅｃｕｒｉｔｙ', 'un security'],
    ['Chinese becomes bigrams', '北京大学', '北京 京大 大学'],
    ['a lone Han character stays itself', '说 了', '说 了'],
    ['Japanese kana and kanji, bigrams', '東京タワー', '東京 京タ タワ ワー'],
    ['Korean words become bigrams (particles attach)', '서울에서 만났다', '서울 울에 에서 만났 났다'],
    ['CJK next to Latin splits into both', 'iPhone新品', 'iphone 新品'],
    ['emoji and symbols are no tokens', '🚀 + $ % *', ''],
    ['astral Han characters are one character', '𠀀𠀁', '𠀀𠀁'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.equal(indexedText(text), expected));
  }

  it('gives each token its place in the normalised text', () => {
    const text = normaliseText('Hi 北京大学!');
    for (const t of tokensOf(text)) assert.equal(text.slice(t.start, t.end), t.token);
    assert.deepEqual(
      tokensOf(text).map((t) => [t.start, t.end]),
      [
        [0, 2],
        [3, 5],
        [4, 6],
        [5, 7],
      ]
    );
  });
});
