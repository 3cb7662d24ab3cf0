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
import type { PostSlugsHere } from '../write/post-slugs-here';
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

/** A link from a post to a post of the export that was not imported yet when it was read. */
export interface LinkAhead {
  /** the slug the link asks for */
  asked: string;
  /** the export's identity of the post it leads to */
  sourceKey: string;
}

export interface ExportStory {
  label: string;
  story?: ParsedStory;
  error?: unknown;
  /** links to posts not imported yet: if one of those gets another slug, the story is read again */
  linksAhead?: LinkAhead[];
}

/**
 * Reads the export (refusing it whole when it cannot be read) and yields its posts, checked. With
 * `only`, it yields only the posts of those source keys (the posts to read again for their links).
 */
export async function* exportStories(
  strapi: Core.Strapi,
  file: string,
  format: ExportFormat,
  onSkipped: (skipped: Record<string, number>) => void,
  slugsHere: PostSlugsHere,
  only?: Set<string>
): AsyncGenerator<ExportStory> {
  const reading = await readers[format]()(file, exportOptions(strapi));
  const { articlePath } = strapi.config.get('site') as Site;
  /** Links to posts of the export that are imported already lead to their stories; the rest wait. */
  const withLinksHere = async (story: ParsedStory) => {
    const renamed = new Map<string, string>();
    const ahead: LinkAhead[] = [];
    for (const asked of linkedSlugs(story, articlePath)) {
      const sourceKey = reading.sourceOfSlug(asked);
      if (!sourceKey) continue;
      const here = await slugsHere.slugOf(sourceKey);
      if (here === undefined) ahead.push({ asked, sourceKey });
      else if (here !== asked) renamed.set(asked, here);
    }
    return { story: relinked(story, articlePath, renamed), ahead };
  };
  for await (const entry of reading.entries) {
    if ('error' in entry) {
      if (!only) yield { label: entry.label, error: new Error(entry.error) };
      continue;
    }
    if (only && !only.has(entry.story.sourceKey ?? entry.label)) continue;
    try {
      const { story, ahead } = await withLinksHere(entry.story);
      yield { label: entry.label, story: checkStory(story), ...(ahead.length ? { linksAhead: ahead } : {}) };
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
