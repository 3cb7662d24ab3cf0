import type { Core } from '@strapi/strapi';
import type { NewsroomConfig, ReadingOptions } from '../config';
import { extractText } from '../text/extract-text';
import { countWords } from '../text/count-words';
import { readingTime } from '../text/reading-time';
import { excerpt } from '../text/excerpt';

/** The readable text and image count of a body: a `blocks` value or a dynamic zone. */
export const readBody = (options: ReadingOptions, body: unknown) => {
  if (!Array.isArray(body)) return { text: '', images: 0 };
  const isDynamicZone = body.some((entry) => entry && typeof entry === 'object' && '__component' in entry);
  if (!isDynamicZone) return extractText(body);

  const texts: string[] = [];
  let images = 0;
  for (const entry of body) {
    const component = entry?.__component;
    const blocksField = options.textComponents?.[component];
    if (blocksField) {
      const part = extractText(entry[blocksField]);
      if (part.text) texts.push(part.text);
      images += part.images;
    } else if (options.imageComponents?.includes(component)) {
      images += 1;
    }
  }
  return { text: texts.join('\n\n'), images };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;

  return {
    /** The derived fields for a body and summary, keyed by the configured attribute names. */
    derive(options: ReadingOptions, body: unknown, summary: unknown) {
      const { rates, excerptLength } = config();
      const { text, images } = readBody(options, body);
      const counts = countWords(text);
      const values: Record<string, unknown> = {};
      if (options.wordCount) values[options.wordCount] = counts.words + counts.cjkCharacters;
      if (options.readingTime) values[options.readingTime] = readingTime({ ...counts, images }, rates);
      if (options.excerpt) {
        values[options.excerpt] = excerpt(typeof summary === 'string' ? summary : null, text, excerptLength);
      }
      return values;
    },

    derivedFields(options: ReadingOptions) {
      return [options.excerpt, options.readingTime, options.wordCount].filter(Boolean) as string[];
    },
  };
};
