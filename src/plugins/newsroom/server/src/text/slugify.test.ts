import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from './slugify';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function assertSlugShape(slug: string, maxLength: number): void {
  if (slug !== '') assert.match(slug, SLUG);
  assert.ok(slug.length <= maxLength, `${slug.length} > ${maxLength}`);
}

// Expected values are what any-ascii 0.3.3 actually produces, not idealised romanisations:
// Korean uses Revised Romanization with l for initial ㄹ ("leosia"), kanji read as Mandarin.
const cases: Array<{ name: string; input: string; maxLength?: number; expected: string }> = [
  {
    name: 'English title',
    input: 'Kim Jong-un Concludes Week-Long Visit to Russia',
    expected: 'kim-jong-un-concludes-week-long-visit-to-russia',
  },
  {
    name: 'typographic apostrophe leaves no separator',
    input: 'Ford’s Layoff Wave Hits Michigan',
    expected: 'fords-layoff-wave-hits-michigan',
  },
  { name: 'ASCII apostrophes vanish', input: "Rock 'n' roll", expected: 'rock-n-roll' },
  { name: 'curly quotes and okina vanish', input: 'Hawaiʻi’s “best” beaches', expected: 'hawaiis-best-beaches' },
  { name: 'guillemets vanish', input: '«Bonjour» l’ami', expected: 'bonjour-lami' },
  { name: 'Latin diacritics', input: 'Crème brûlée à Zürich', expected: 'creme-brulee-a-zurich' },
  { name: 'decomposed diacritics (NFD)', input: 'Crème brûlée'.normalize('NFD'), expected: 'creme-brulee' },
  { name: 'Vietnamese', input: 'Đà Nẵng Việt Nam', expected: 'da-nang-viet-nam' },
  { name: 'German and ligatures', input: 'Straße & Œuvre', expected: 'strasse-oeuvre' },
  { name: 'Russian name', input: 'Ким Чен Ын', expected: 'kim-chen-yn' },
  {
    name: 'Russian sentence, soft and hard signs vanish',
    input: 'Владимир Путин посетил Пхеньян, объект',
    expected: 'vladimir-putin-posetil-pkhenyan-obekt',
  },
  { name: 'Greek', input: 'Αθήνα: Καλημέρα κόσμε', expected: 'athina-kalimera-kosme' },
  {
    name: 'Korean: one ASCII word per Korean word',
    input: '김정은 러시아 방문',
    expected: 'gimjeongeun-leosia-bangmun',
  },
  { name: 'Chinese: one syllable per character', input: '北京欢迎你', expected: 'bei-jing-huan-ying-ni' },
  { name: 'Chinese headline', input: '金正恩访问俄罗斯', expected: 'jin-zheng-en-fang-wen-e-luo-si' },
  { name: 'Chinese glued to Latin', input: 'iPhone手机评测', expected: 'iphone-shou-ji-ping-ce' },
  { name: 'Japanese kana run is one word, kanji like Chinese', input: '東京タワー', expected: 'dong-jing-tawa' },
  { name: 'Japanese hiragana then kanji', input: 'こんにちは世界', expected: 'konnichiha-shi-jie' },
  { name: 'Japanese with emoji', input: 'ラーメン 🍜 が好き', expected: 'ramen-ga-hao-ki' },
  { name: 'halfwidth katakana', input: 'ｶﾀｶﾅ', expected: 'katakana' },
  {
    name: 'decomposed dakuten is composed, not an apostrophe',
    input: 'でんしゃ'.normalize('NFD'),
    expected: 'denshiya',
  },
  {
    name: 'mixed English, Korean and Chinese',
    input: 'Kim Jong-un (김정은) visits 俄罗斯 — 金正恩访问俄罗斯',
    expected: 'kim-jong-un-gimjeongeun-visits-e-luo-si-jin-zheng-en-fang-wen-e-luo-si',
  },
  { name: 'emoji inside text are dropped', input: 'Launch day 🚀🎉 is here', expected: 'launch-day-is-here' },
  { name: 'trademark symbols dropped', input: 'Apple™ Watch ©2024', expected: 'apple-watch-2024' },
  { name: 'emoji only', input: '🎉🚀👍🏽👨‍👩‍👧', expected: '' },
  { name: 'flags only', input: '🇰🇷🇷🇺', expected: '' },
  { name: 'punctuation only', input: '!!! ... --- ?', expected: '' },
  { name: 'empty', input: '', expected: '' },
  { name: 'whitespace only', input: ' \t\n ', expected: '' },
  { name: 'no leading, trailing or double hyphens', input: '  --Hello--  World--  ', expected: 'hello-world' },
  { name: 'numbers and symbols', input: '50% off: 3 × faster', expected: '50-off-3-faster' },
  { name: 'fits exactly', input: 'alpha beta', maxLength: 10, expected: 'alpha-beta' },
  { name: 'cut at word boundary', input: 'alpha beta gamma', maxLength: 12, expected: 'alpha-beta' },
  { name: 'cut right before a hyphen', input: 'alpha beta gamma', maxLength: 11, expected: 'alpha-beta' },
  { name: 'cut never ends in a hyphen', input: 'alpha beta gamma', maxLength: 6, expected: 'alpha' },
  {
    name: 'first word longer than maxLength is hard-cut',
    input: 'Supercalifragilistic word',
    maxLength: 5,
    expected: 'super',
  },
  { name: 'Chinese cut at a syllable boundary', input: '北京欢迎你', maxLength: 10, expected: 'bei-jing' },
  { name: 'maxLength below 1', input: 'anything', maxLength: 0, expected: '' },
  {
    name: 'default maxLength 100',
    input: 'word '.repeat(30),
    expected: Array(20).fill('word').join('-'),
  },
];

for (const { name, input, maxLength, expected } of cases) {
  test(`slugify: ${name}`, () => {
    const slug = maxLength === undefined ? slugify(input) : slugify(input, maxLength);
    assert.equal(slug, expected);
    assertSlugShape(slug, maxLength ?? 100);
  });
}

// The input is only partly transliterated when long; these check that the shortcut never
// changes the answer, including when many leading characters produce no output at all.
const longInputs: Array<{ name: string; input: string; maxLength: number; expected: string }> = [
  {
    name: '100 000-word body',
    input: Array.from({ length: 100_000 }, (_, i) => `word${i}`).join(' '),
    maxLength: 30,
    expected: 'word0-word1-word2-word3-word4',
  },
  {
    name: '1 000 emoji before the words',
    input: `${'🎉'.repeat(1000)} Hello world`,
    maxLength: 100,
    expected: 'hello-world',
  },
  {
    name: 'long Chinese text',
    input: '北京欢迎你'.repeat(10_000),
    maxLength: 20,
    expected: 'bei-jing-huan-ying',
  },
  {
    // 21 emoji + 9 letters put the first chunk end (2 * 10 + 32 = 52) between て and its
    // combining voiced mark; cutting there would read "te" instead of "de".
    name: 'combining mark straddling the first chunk end',
    input: `${'🎉'.repeat(21)}abcdefghiでnsha`,
    maxLength: 10,
    expected: 'abcdefghid',
  },
];

for (const { name, input, maxLength, expected } of longInputs) {
  test(`slugify: ${name} is exact`, () => {
    const slug = slugify(input, maxLength);
    assert.equal(slug, expected);
    assertSlugShape(slug, maxLength);
  });
}
