/**
 * The slug a post of an export has here, for the links other posts make to it: the slug of the story
 * it became, once it is imported (undefined before). A second import of the same export so writes the
 * same links. What this run wrote itself is remembered (the latest REMEMBERED), so most links cost no query.
 */
import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
/** Slugs remembered; an older one is looked up again. Links mostly lead to recent posts or to a few famous ones. */
const REMEMBERED = 20_000;

export interface PostSlugsHere {
  slugOf(sourceKey: string): Promise<string | undefined>;
  /** a post this run has just written, and the slug it got */
  remember(sourceKey: string, slug: string): void;
}

export function postSlugsHere(strapi: Core.Strapi, sourceIdOf: (sourceKey: string) => string): PostSlugsHere {
  const known = new Map<string, string>();
  const keep = (sourceKey: string, slug: string) => {
    known.delete(sourceKey);
    known.set(sourceKey, slug);
    if (known.size > REMEMBERED) known.delete(known.keys().next().value as string);
  };
  return {
    async slugOf(sourceKey) {
      const remembered = known.get(sourceKey);
      if (remembered) return remembered;
      const row = (await strapi.db
        .query(ARTICLE)
        .findOne({ where: { sourceId: sourceIdOf(sourceKey), publishedAt: null }, select: ['slug'] })) as {
        slug?: string;
      } | null;
      if (row?.slug) keep(sourceKey, row.slug);
      return row?.slug;
    },
    remember: keep,
  };
}
