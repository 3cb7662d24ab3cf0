import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultReadingRates, imageSeconds, readingTime, type ReadingRates } from './reading-time';
import { countWords } from './count-words';

test('defaultReadingRates', () => {
  assert.deepEqual(defaultReadingRates, {
    wordsPerMinute: 230,
    cjkCharactersPerMinute: 500,
    firstImageSeconds: 12,
    imageSecondsStep: 1,
    minImageSeconds: 3,
  });
});

const imageCases: Array<{ images: number; seconds: number; rates?: ReadingRates }> = [
  { images: 0, seconds: 0 },
  { images: 1, seconds: 12 },
  { images: 2, seconds: 23 },
  { images: 3, seconds: 33 },
  { images: 9, seconds: 72 }, // 12 + 11 + ... + 4
  { images: 10, seconds: 75 }, // 12 + 11 + ... + 3
  { images: 11, seconds: 78 },
  { images: 20, seconds: 105 }, // 75 + 10 × 3
  { images: 1_000_000, seconds: 3_000_045 }, // 75 + 999 990 × 3, closed form
  { images: -1, seconds: 0 },
  { images: Number.NaN, seconds: 0 },
  { images: 2.7, seconds: 23 },
  { images: 3, seconds: 30, rates: { ...defaultReadingRates, imageSecondsStep: 0, firstImageSeconds: 10 } },
  { images: 3, seconds: 15, rates: { ...defaultReadingRates, firstImageSeconds: 2, minImageSeconds: 5 } },
  {
    images: 4,
    seconds: 20 + 15 + 10 + 5,
    rates: { ...defaultReadingRates, firstImageSeconds: 20, imageSecondsStep: 5, minImageSeconds: 5 },
  },
];

for (const { images, seconds, rates } of imageCases) {
  test(`imageSeconds: ${images} images -> ${seconds} s${rates ? ' (custom rates)' : ''}`, () => {
    assert.equal(rates ? imageSeconds(images, rates) : imageSeconds(images), seconds);
  });
}

const timeCases: Array<{
  name: string;
  counts: { words: number; cjkCharacters: number; images: number };
  minutes: number;
  rates?: ReadingRates;
}> = [
  { name: 'nothing at all', counts: { words: 0, cjkCharacters: 0, images: 0 }, minutes: 0 },
  { name: 'one word is still a minute', counts: { words: 1, cjkCharacters: 0, images: 0 }, minutes: 1 },
  { name: 'one image only', counts: { words: 0, cjkCharacters: 0, images: 1 }, minutes: 1 },
  { name: '230 words', counts: { words: 230, cjkCharacters: 0, images: 0 }, minutes: 1 },
  { name: '344 words rounds down (1.496 min)', counts: { words: 344, cjkCharacters: 0, images: 0 }, minutes: 1 },
  { name: '345 words rounds up (1.5 min)', counts: { words: 345, cjkCharacters: 0, images: 0 }, minutes: 2 },
  { name: '1 000 Chinese characters at 500/min', counts: { words: 0, cjkCharacters: 1000, images: 0 }, minutes: 2 },
  { name: 'mixed words and CJK: 115 + 250', counts: { words: 115, cjkCharacters: 250, images: 0 }, minutes: 1 },
  // 300 words = 78.26 s, + 20 images 105 s = 183.26 s -> 3.05 min
  { name: '300 words and 20 images', counts: { words: 300, cjkCharacters: 0, images: 20 }, minutes: 3 },
  // 200 words = 52.17 s, + 10 images 75 s = 127.17 s -> 2.12 min
  { name: '200 words and 10 images', counts: { words: 200, cjkCharacters: 0, images: 10 }, minutes: 2 },
  { name: '100 000 words: round(100000 / 230)', counts: { words: 100_000, cjkCharacters: 0, images: 0 }, minutes: 435 },
  {
    name: 'custom rate',
    counts: { words: 1000, cjkCharacters: 0, images: 0 },
    minutes: 5,
    rates: { ...defaultReadingRates, wordsPerMinute: 200 },
  },
  {
    name: 'garbage counts weigh nothing',
    counts: { words: Number.NaN, cjkCharacters: -5, images: Infinity },
    minutes: 0,
  },
  {
    name: 'null counts',
    counts: null as unknown as { words: number; cjkCharacters: number; images: number },
    minutes: 0,
  },
];

for (const { name, counts, minutes, rates } of timeCases) {
  test(`readingTime: ${name} -> ${minutes} min`, () => {
    assert.equal(rates ? readingTime(counts, rates) : readingTime(counts), minutes);
  });
}

// The sample page is scraped: its "Read Also:" teasers and author box are site chrome, not body.
// It is the Newsroom app's sample story, beside which this package is developed.
function sampleStoryBody(): string {
  const path = join(__dirname, '../../../../../../data/sample/kim-jong-un-russia-visit.txt');
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const authorBox = lines.findIndex((line) => line.trim() === 'About the author');
  return (authorBox === -1 ? lines : lines.slice(0, authorBox))
    .filter((line) => !line.startsWith('Read Also:'))
    .join('\n');
}

const endToEndCases: Array<{
  name: string;
  text: () => string;
  wordCount: [number, number];
  exactWordCount: number;
  minutes: number;
}> = [
  // 430 words (title and the "Growing Military Cooperation" subheading included), 112 s.
  {
    name: 'sample story kim-jong-un-russia-visit (430 words)',
    text: sampleStoryBody,
    wordCount: [400, 430],
    exactWordCount: 430,
    minutes: 2,
  },
  {
    name: 'generated 100 000-word text',
    text: () => Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(' '),
    wordCount: [100_000, 100_000],
    exactWordCount: 100_000,
    minutes: 435,
  },
  {
    name: 'Chinese story of 1 200 characters',
    text: () => '北京欢迎你，'.repeat(240),
    wordCount: [1200, 1200],
    exactWordCount: 1200,
    minutes: 2,
  },
];

for (const { name, text, wordCount, exactWordCount, minutes } of endToEndCases) {
  test(`countWords + readingTime: ${name}`, () => {
    const body = text();
    const counts = countWords(body);
    const result = readingTime({ ...counts, images: 0 });
    const total = counts.words + counts.cjkCharacters;
    assert.ok(total >= wordCount[0] && total <= wordCount[1], `word count ${total} outside ${wordCount.join('..')}`);
    assert.equal(total, exactWordCount);
    assert.equal(result, minutes);
  });
}
