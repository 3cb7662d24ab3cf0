import type { Core } from '@strapi/strapi';
import { derivedFieldsOf, type NewsroomConfig, type ReadingOptions } from '../config';
import { readDocument, type Attributes } from '../text/read-document';
import { countWords } from '../text/count-words';
import { readingTime } from '../text/reading-time';
import { excerpt } from '../text/excerpt';
import { componentAttributes, modelAttributes } from '../schemas';

type Populate = Record<string, unknown>;

// A save must not fail or crawl over a schema that nests itself.
const MAX_POPULATE_DEPTH = 8;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;
  const components = (uid: string) => componentAttributes(strapi, uid);

  /** Populate for the nested parts (components, dynamic zones) of `names`, so their text can be read. */
  const populateOf = (attributes: Attributes, names: string[], depth: number): Populate => {
    const populate: Populate = {};
    if (depth > MAX_POPULATE_DEPTH) return populate;
    for (const name of names) {
      const attribute = attributes[name];
      if (attribute?.type === 'component' && attribute.component) {
        const inner = components(attribute.component) ?? {};
        populate[name] = { populate: populateOf(inner, Object.keys(inner), depth + 1) };
      } else if (attribute?.type === 'dynamiczone') {
        const on: Populate = {};
        for (const uid of attribute.components ?? []) {
          const inner = components(uid) ?? {};
          on[uid] = { populate: populateOf(inner, Object.keys(inner), depth + 1) };
        }
        populate[name] = { on };
      }
    }
    return populate;
  };

  return {
    /** The derived fields of a document's readable fields and summary, keyed by the configured attribute names. */
    derive(uid: string, options: ReadingOptions, data: Record<string, unknown>) {
      const { rates, excerptLength } = config();
      const { text, images } = readDocument(data, modelAttributes(strapi, uid), components, options);
      const counts = countWords(text);
      const summary = options.summary ? data[options.summary] : undefined;
      const values: Record<string, unknown> = {};
      if (options.wordCount) values[options.wordCount] = counts.words + counts.cjkCharacters;
      if (options.readingTime) values[options.readingTime] = readingTime({ ...counts, images }, rates);
      if (options.excerpt)
        values[options.excerpt] = excerpt(typeof summary === 'string' ? summary : null, text, excerptLength);
      return values;
    },

    /** The attributes the derived fields are computed from. */
    inputs(options: ReadingOptions) {
      return [...options.fields, ...(options.summary ? [options.summary] : [])];
    },

    derivedFields: derivedFieldsOf,

    /** What to populate to read `names` of a stored `uid` document. */
    populate(uid: string, names: string[]) {
      return populateOf(modelAttributes(strapi, uid), names, 0);
    },
  };
};
