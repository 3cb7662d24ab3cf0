import { factories } from '@strapi/strapi';
import { createPageCache } from '../../../delivery/page-cache';

const UID = 'api::article.article';

/** Everything a story page needs, in one query. */
export const STORY_POPULATE = {
  cover: true,
  author: { populate: { avatar: true, links: true } },
  section: true,
  tags: true,
  body: {
    on: {
      'article.text': true,
      'article.image': { populate: { image: true } },
      'article.read-also': {
        populate: {
          link: {
            populate: { article: { fields: ['title', 'slug', 'publishedAt'] } },
          },
        },
      },
    },
  },
} as const;

export default factories.createCoreService(UID, ({ strapi }) => {
  const pages = createPageCache(strapi);
  return {
    /** A rendered public by-slug answer, reused while the shared content version stands. */
    cachedPage(key: string, render: Parameters<typeof pages.get>[1]) {
      return pages.get(key, render);
    },

    /**
     * A published story by its slug; an old slug of a published story gives
     * `{ redirectTo }` with the current one; anything else gives null.
     */
    async findPublishedBySlug(slug: string) {
      const story = await strapi.documents(UID).findFirst({
        filters: { slug },
        status: 'published',
        populate: STORY_POPULATE,
      });
      if (story) return { story };
      const documentId = await strapi.plugin('newsroom')?.service('redirects').resolve(UID, slug);
      if (!documentId) return null;
      const current = await strapi.documents(UID).findOne({ documentId, status: 'published', fields: ['slug'] });
      return current ? { redirectTo: current.slug as string } : null;
    },
  };
});
