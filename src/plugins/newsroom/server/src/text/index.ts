export { slugify } from './slugify';
export { extractText, extractTextFromMany } from './extract-text';
export type { ExtractedText } from './extract-text';
export { countWords } from './count-words';
export type { WordCounts } from './count-words';
export { readingTime, imageSeconds, defaultReadingRates } from './reading-time';
export type { ReadingRates, ReadingCounts } from './reading-time';
export { excerpt } from './excerpt';
export { markdownText } from './markdown-text';
