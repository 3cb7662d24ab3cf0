/**
 * A WordPress export in two streamed passes: the index (wxr-index.ts), which
 * also proves the file well-formed before anything is written, then the
 * posts one at a time. What is not a post is counted as skipped, by kind.
 */
import type { ExportOptions, ExportReading } from '../export/export-entry';
import { StoryError } from '../../story/parsed-story';
import { indexWxr } from './wxr-index';
import { emptyChannel, wxrItems } from './wxr-stream';
import { wxrSourceKey, wxrStory } from './wxr-story';

const SKIPPED_NAMES: Record<string, string> = {
  page: 'pages',
  attachment: 'attachments',
  nav_menu_item: 'menu items',
  comment: 'comments',
  wp_block: 'reusable blocks',
  revision: 'revisions',
};

/** Posts WordPress itself never shows: not imported, counted. */
const NOT_POSTS = new Set(['trash', 'auto-draft', 'inherit']);

export async function readWxr(file: string, options: ExportOptions): Promise<ExportReading> {
  const index = await indexWxr(file, options.slugOf);
  if (!index.channel.baseSiteUrl && !index.channel.baseBlogUrl && !index.channel.link)
    throw new StoryError('not a WordPress export: the channel names no site (no <link> or <wp:base_site_url>)');
  const skipped: Record<string, number> = {};
  for (const [type, count] of index.counts) {
    if (type === 'post' || !count) continue;
    const name = SKIPPED_NAMES[type] ?? `items of type ${type}`;
    skipped[name] = (skipped[name] ?? 0) + count;
  }
  async function* entries() {
    for await (const item of wxrItems(file, emptyChannel())) {
      if (item.type !== 'post') continue;
      const label = `post ${item.postId}${item.name ? ` (${item.name})` : ''}`;
      if (NOT_POSTS.has(item.status)) {
        skipped[`${item.status} posts`] = (skipped[`${item.status} posts`] ?? 0) + 1;
        continue;
      }
      try {
        yield { label, story: wxrStory(item, index, options) };
      } catch (error) {
        yield { label, error: (error as Error).message };
      }
    }
  }
  const sourceOfSlug = (slug: string) => {
    const postId = index.postIds.get(slug);
    return postId ? wxrSourceKey(index.channel, postId) : undefined;
  };
  return { entries: entries(), skipped: () => skipped, sourceOfSlug };
}
