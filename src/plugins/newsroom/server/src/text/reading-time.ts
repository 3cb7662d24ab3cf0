export interface ReadingRates {
  wordsPerMinute: number;
  cjkCharactersPerMinute: number;
  firstImageSeconds: number;
  imageSecondsStep: number;
  minImageSeconds: number;
}

export interface ReadingCounts {
  words: number;
  cjkCharacters: number;
  images: number;
}

// Chinese and Japanese are read per character, not per word; Medium times them at 500 characters
// a minute. Counting those characters as words at 230 wpm would more than double their time.
export const defaultReadingRates: ReadingRates = {
  wordsPerMinute: 230,
  cjkCharactersPerMinute: 500,
  firstImageSeconds: 12,
  imageSecondsStep: 1,
  minImageSeconds: 3,
};

// Counts and rates may come from stored settings or garbage; a bad value should weigh nothing
// rather than poison the result with NaN.
function nonNegative(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

// Medium's rule, also Ghost's: readers linger on the first image and skim later ones, 12 s for
// the first, a second less for each next, but never under 3 s. Closed form, so a bogus huge
// count cannot turn into a long loop.
export function imageSeconds(images: number, rates: ReadingRates = defaultReadingRates): number {
  const count = Math.floor(nonNegative(images));
  if (count === 0) return 0;
  const { firstImageSeconds, imageSecondsStep, minImageSeconds } = rates ?? defaultReadingRates;
  const first = nonNegative(firstImageSeconds);
  const step = nonNegative(imageSecondsStep);
  const floor = nonNegative(minImageSeconds);
  if (first <= floor) return count * floor;
  if (step === 0) return count * first;
  // Images that still get more than the floor: first - i*step > floor, i = 0..decaying-1.
  const decaying = Math.min(count, Math.ceil((first - floor) / step));
  return decaying * first - (step * decaying * (decaying - 1)) / 2 + (count - decaying) * floor;
}

function secondsFor(amount: number, perMinute: number): number {
  const rate = nonNegative(perMinute);
  return rate === 0 ? 0 : (nonNegative(amount) / rate) * 60;
}

export function readingTime(counts: ReadingCounts, rates: ReadingRates = defaultReadingRates): number {
  if (typeof counts !== 'object' || counts === null) return 0;
  const { words, cjkCharacters, images } = counts;
  if (nonNegative(words) + nonNegative(cjkCharacters) + nonNegative(images) === 0) return 0;
  const r = rates ?? defaultReadingRates;
  const seconds =
    secondsFor(words, r.wordsPerMinute) + secondsFor(cjkCharacters, r.cjkCharactersPerMinute) + imageSeconds(images, r);
  // "0 min read" on a story that has content looks broken; anything readable is at least a minute.
  return Math.max(1, Math.round(seconds / 60));
}
