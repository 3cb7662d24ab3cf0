/**
 * A CMS export is many stories in one file: its reader hands them over one
 * at a time and each is checked and written on its own, like a file of its
 * own (one result each). Nothing is written before the reader has accepted
 * the whole file: a WordPress export is read to its end once before its
 * first post, so a file that breaks off halfway fails with nothing written.
 */
import type { Core } from '@strapi/strapi';
import type { ExportFormat } from '../read/export/detect-export';
import type { ExportOptions, ExportReading } from '../read/export/export-entry';
import { pathFor, type Site } from '../../delivery/site-paths';
import { checkStory } from '../story/check-story';
import type { ParsedStory } from '../story/parsed-story';
import { slugsService } from '../write/taxonomy';
import { MAX_SOURCE_ID } from '../write/source-id';
import { postSlugsHere } from '../write/post-slugs-here';
import { linkedSlugs, relinked } from '../story/post-links';
import crypto from 'crypto';

const readers: Record<ExportFormat, () => (file: string, options: ExportOptions) => Promise<ExportReading>> = {
  // Loaded on the first export: Strapi's start-up should not pay for them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when needed
  wxr: () => (require('../read/wxr/read-wxr') as typeof import('../read/wxr/read-wxr')).readWxr,
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when needed
  ghost: () => (require('../read/ghost/read-ghost') as typeof import('../read/ghost/read-ghost')).readGhost,
};

export const exportOptions = (strapi: Core.Strapi): ExportOptions => {
  const site = strapi.config.get('site') as Site;
  const slugs = slugsService(strapi);
  return {
    slugOf: (text) => slugs?.normalize(text) ?? text,
    articlePath: (slug) => pathFor(site.articlePath, slug),
  };
};

/** The export's own identity for a post, short enough for the indexed column. */
export const exportSourceId = (key: string) =>
  key.length <= MAX_SOURCE_ID
    ? key
    : `${key.slice(0, 190)}#sha256:${crypto.createHash('sha256').update(key).digest('hex').slice(0, 56)}`;

export interface ExportStory {
  label: string;
  story?: ParsedStory;
  error?: unknown;
  /** for a story that links to posts not imported yet: the story again, when those links changed since */
  relink?: () => Promise<ParsedStory | undefined>;
}

/** Reads the export (refusing it whole when it cannot be read) and yields its posts, checked. */
export async function* exportStories(
  strapi: Core.Strapi,
  file: string,
  format: ExportFormat,
  onSkipped: (skipped: Record<string, number>) => void
): AsyncGenerator<ExportStory> {
  const reading = await readers[format]()(file, exportOptions(strapi));
  const { articlePath } = strapi.config.get('site') as Site;
  const slugHere = postSlugsHere(strapi, exportSourceId);
  /** Links to posts of the export that are imported already lead to their stories; the rest wait. */
  const withLinksHere = async (story: ParsedStory) => {
    const renamed = new Map<string, string>();
    let waiting = false;
    for (const asked of linkedSlugs(story, articlePath)) {
      const sourceKey = reading.sourceOfSlug(asked);
      if (!sourceKey) continue;
      const here = await slugHere(sourceKey);
      if (here === undefined) waiting = true;
      else if (here !== asked) renamed.set(asked, here);
    }
    return { story: relinked(story, articlePath, renamed), waiting };
  };
  for await (const entry of reading.entries) {
    if ('error' in entry) {
      yield { label: entry.label, error: new Error(entry.error) };
      continue;
    }
    try {
      const { story, waiting } = await withLinksHere(entry.story);
      const parsed = entry.story;
      // Once the whole export is in, a story linking to posts that came after it gets their slugs here.
      const relink = async () => {
        const again = (await withLinksHere(parsed)).story;
        return JSON.stringify(again.blocks) === JSON.stringify(story.blocks) ? undefined : checkStory(again);
      };
      yield { label: entry.label, story: checkStory(story), ...(waiting ? { relink } : {}) };
    } catch (error) {
      yield { label: entry.label, error };
    }
  }
  onSkipped(reading.skipped());
}

export const describeSkipped = (skipped: Record<string, number>) =>
  Object.entries(skipped)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`)
    .join(', ');
