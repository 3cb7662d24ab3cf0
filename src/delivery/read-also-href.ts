import { pathFor, type Site } from './site-paths';
import type { LinkView, StoryView } from './story-view';

/**
 * Where a "Read Also" link leads: its own URL, else the path of the story it
 * points to (when that story is published), else nowhere yet.
 */
export const readAlsoHref = (link: LinkView | null | undefined, site: Site): string | null =>
  link?.url ||
  (link?.article?.slug && link.article.publishedAt !== null ? pathFor(site.articlePath, link.article.slug) : null);

/** Adds `href` to every read-also block of a story's body. */
export const withReadAlsoHrefs = (story: StoryView, site: Site): StoryView => ({
  ...story,
  body: (story.body ?? []).map((block) =>
    block.__component === 'article.read-also' && block.link
      ? { ...block, link: { ...block.link, href: readAlsoHref(block.link, site) } }
      : block
  ),
});
