/**
 * The one parser entry: a file's bytes in, a checked story out, whatever the
 * file's shape. The format is detected from the content (see detect-format.ts).
 */
import { checkStory } from '../story/check-story';
import { detectFormat } from './detect-format';
import type { ParsedStory } from '../story/parsed-story';
import { parseTextStory } from './parse-text';

// jsdom costs a noticeable part of a second to load; Strapi's start-up (which
// seeds a text story) should not pay for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first HTML file, not at start-up
const htmlParser = (): typeof import('./html/parse-html') => require('./html/parse-html');

export function parseStory(bytes: Uint8Array): ParsedStory {
  const detected = detectFormat(bytes);
  const story =
    detected.format === 'html' ? htmlParser().parseHtmlStory(detected.bytes) : parseTextStory(detected.text);
  return checkStory(story);
}
