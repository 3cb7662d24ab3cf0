import type { ParsedStory } from '../../story/parsed-story';

/**
 * One post of a CMS export, as a reader hands it to the importer: a story to
 * write, or the reason this post could not become one (the others go on).
 */
export type ExportEntry = { label: string; story: ParsedStory } | { label: string; error: string };

export interface ExportReading {
  entries: AsyncIterable<ExportEntry>;
  /** what the export holds that is not imported as stories ("15 pages", "60 comments"), filled once read */
  skipped: () => Record<string, number>;
  /**
   * The export's own identity (sourceKey) of the post a slug was given to, for links between posts: the
   * reader writes them with the slug the post asks for, and the writer may have had to suffix it.
   */
  sourceOfSlug: (slug: string) => string | undefined;
}

export interface ExportOptions {
  /** the slug the CMS will give a source slug or title (the newsroom plugin's rule) */
  slugOf: (text: string) => string;
  /** the public path of a story by slug (PUBLIC_ARTICLE_PATH), for links between posts of the export */
  articlePath: (slug: string) => string;
}
