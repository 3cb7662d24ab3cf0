import { defaultReadingRates, type ReadingRates } from '../text/reading-time';

/**
 * The plugin knows no content type of its own: the app's config/plugins says, per
 * content type, which field is the slug and where the readable text lives.
 */
export interface SlugOptions {
  /** the `uid` or `string` attribute that holds the slug */
  field: string;
  /** the attribute the slug is made from, e.g. `title` */
  source: string;
}

export interface ReadingOptions {
  /** attributes read, in order: `blocks`, Markdown `richtext`, `text`, `string`, components and dynamic zones */
  fields: string[];
  /** per component uid, which of its attributes are read (default: its rich text and nested components) */
  components?: Record<string, string[]>;
  /** components that count as one picture each */
  imageComponents?: string[];
  /** the editor's standfirst, used as the excerpt when set */
  summary?: string;
  /** where the derived values are written; omit one to not derive it */
  excerpt?: string;
  readingTime?: string;
  wordCount?: string;
}

/** The attributes the plugin writes its derived values to, for a content type's reading options. */
export const derivedFieldsOf = (reading: ReadingOptions | undefined): string[] =>
  [reading?.excerpt, reading?.readingTime, reading?.wordCount].filter((field): field is string => Boolean(field));

/** Scheduled publishing of a draft & publish type: the app's `datetime` attributes that hold the schedule. */
export interface ScheduleOptions {
  /** when the draft goes live by itself */
  publishAt: string;
  /** when the live version is taken down again */
  unpublishAt?: string;
}

export interface ContentTypeOptions {
  slug?: SlugOptions;
  reading?: ReadingOptions;
  schedule?: ScheduleOptions;
}

export interface SchedulerOptions {
  /** how often each process looks for due schedules: the precision of a schedule */
  intervalSeconds: number;
  /** how far in the past a schedule written now may lie (clocks and slow forms), before it is a 400 */
  pastToleranceSeconds: number;
}

export interface NewsroomConfig {
  contentTypes: Record<string, ContentTypeOptions>;
  /** replaces DEFAULT_RESERVED_SLUGS when given */
  reservedSlugs?: string[];
  slugMaxLength: number;
  excerptLength: number;
  rates: ReadingRates;
  scheduler: SchedulerOptions;
}

export const DEFAULT_RESERVED_SLUGS = ['api', 'admin', 'graphql', 'uploads', 'feed', 'rss', 'sitemap'];

// reservedSlugs has no default here: Strapi merges an app's options over these with lodash's
// defaultsDeep, which merges arrays index by index, so an app's shorter list would come back
// padded with ours. The slugs service applies DEFAULT_RESERVED_SLUGS when none is given.
export const defaultConfig: NewsroomConfig = {
  contentTypes: {},
  slugMaxLength: 100,
  excerptLength: 200,
  rates: defaultReadingRates,
  scheduler: { intervalSeconds: 1, pastToleranceSeconds: 60 },
};

/** The option names each level accepts: anything else is a typo to refuse. */
export const KNOWN_KEYS = {
  root: ['contentTypes', 'reservedSlugs', 'slugMaxLength', 'excerptLength', 'rates', 'scheduler'],
  contentType: ['slug', 'reading', 'schedule'],
  schedule: ['publishAt', 'unpublishAt'],
  scheduler: ['intervalSeconds', 'pastToleranceSeconds'],
  slug: ['field', 'source'],
  reading: ['fields', 'components', 'imageComponents', 'summary', 'excerpt', 'readingTime', 'wordCount'],
  rates: Object.keys(defaultReadingRates),
} as const;
