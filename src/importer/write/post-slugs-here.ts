/**
 * The slug a post of an export has here, for the links other posts make to it: the slug of the story
 * it became, once it is imported (undefined before). A second import of the same export so writes the
 * same links.
 */
import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

export function postSlugsHere(strapi: Core.Strapi, sourceIdOf: (sourceKey: string) => string) {
  const imported = new Map<string, string>();
  return async (sourceKey: string): Promise<string | undefined> => {
    const known = imported.get(sourceKey);
    if (known) return known;
    const row = (await strapi.db
      .query(ARTICLE)
      .findOne({ where: { sourceId: sourceIdOf(sourceKey), publishedAt: null }, select: ['slug'] })) as {
      slug?: string;
    } | null;
    if (row?.slug) imported.set(sourceKey, row.slug);
    return row?.slug;
  };
}
