/**
 * The slug a post of an export has here, for the links other posts make to it: the slug of the story
 * it became, once it is imported (undefined before). A second import of the same export so writes the
 * same links. What this run wrote itself is remembered, so most links cost no query.
 */
import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

export interface PostSlugsHere {
  slugOf(sourceKey: string): Promise<string | undefined>;
  /** a post this run has just written, and the slug it got */
  remember(sourceKey: string, slug: string): void;
}

export function postSlugsHere(strapi: Core.Strapi, sourceIdOf: (sourceKey: string) => string): PostSlugsHere {
  const known = new Map<string, string>();
  return {
    async slugOf(sourceKey) {
      const remembered = known.get(sourceKey);
      if (remembered) return remembered;
      const row = (await strapi.db
        .query(ARTICLE)
        .findOne({ where: { sourceId: sourceIdOf(sourceKey), publishedAt: null }, select: ['slug'] })) as {
        slug?: string;
      } | null;
      if (row?.slug) known.set(sourceKey, row.slug);
      return row?.slug;
    },
    remember(sourceKey, slug) {
      known.set(sourceKey, slug);
    },
  };
}
