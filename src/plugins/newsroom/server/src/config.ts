import { defaultReadingRates, type ReadingRates } from './text/reading-time';

/**
 * The plugin knows no content type of its own: config/plugins.ts says, per
 * content type, which field is the slug and where the readable text lives.
 */
export interface SlugOptions {
  /** the `uid` attribute that holds the slug */
  field: string;
  /** the attribute the slug is made from, e.g. `title` */
  source: string;
}

export interface ReadingOptions {
  /** a `blocks` attribute, or a dynamic zone whose text components are listed below */
  body: string;
  /** dynamic-zone component → its `blocks` attribute, e.g. { 'article.text': 'content' } */
  textComponents?: Record<string, string>;
  /** dynamic-zone components that count as one image each */
  imageComponents?: string[];
  /** the editor's standfirst, used as the excerpt when set */
  summary?: string;
  /** where the derived values are written; omit one to not derive it */
  excerpt?: string;
  readingTime?: string;
  wordCount?: string;
}

export interface ContentTypeOptions {
  slug?: SlugOptions;
  reading?: ReadingOptions;
}

export interface NewsroomConfig {
  contentTypes: Record<string, ContentTypeOptions>;
  reservedSlugs: string[];
  slugMaxLength: number;
  excerptLength: number;
  rates: ReadingRates;
}

export const defaultConfig: NewsroomConfig = {
  contentTypes: {},
  reservedSlugs: ['api', 'admin', 'graphql', 'uploads', 'feed', 'rss', 'sitemap'],
  slugMaxLength: 100,
  excerptLength: 200,
  rates: defaultReadingRates,
};

const fail = (message: string): never => {
  throw new Error(message);
};

const isName = (value: unknown) => typeof value === 'string' && value.length > 0;

export const validateConfig = (config: NewsroomConfig) => {
  if (typeof config.contentTypes !== 'object' || config.contentTypes === null) {
    fail('`contentTypes` must be an object keyed by content-type uid');
  }
  for (const [uid, options] of Object.entries(config.contentTypes)) {
    if (options.slug && !(isName(options.slug.field) && isName(options.slug.source))) {
      fail(`${uid}: \`slug\` needs \`field\` and \`source\``);
    }
    if (options.reading && !isName(options.reading.body)) {
      fail(`${uid}: \`reading\` needs \`body\``);
    }
  }
  if (!Array.isArray(config.reservedSlugs)) fail('`reservedSlugs` must be an array');
  if (!(config.slugMaxLength >= 10 && config.slugMaxLength <= 255)) fail('`slugMaxLength` must be 10..255');
  for (const [key, value] of Object.entries(config.rates)) {
    if (!(typeof value === 'number' && value >= 0)) fail(`\`rates.${key}\` must be a number ≥ 0`);
  }
  if (!(config.rates.wordsPerMinute > 0 && config.rates.cjkCharactersPerMinute > 0)) {
    fail('reading rates per minute must be > 0');
  }
};

export default {
  default: defaultConfig,
  validator: validateConfig,
};
