import { factories } from '@strapi/strapi';

const UID = 'api::author.author';
const ARTICLE = 'api::article.article';

export const STORY_CARD_FIELDS = [
  'title',
  'slug',
  'excerpt',
  'readingTime',
  'publishedAt',
  'firstPublishedAt',
] as const;

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** An author by slug, or `{ redirectTo }` for an old slug, or null. */
  async findBySlug(slug: string) {
    const author = await strapi
      .documents(UID)
      .findFirst({ filters: { slug }, populate: { avatar: true, links: true } });
    if (author) return { author };
    const documentId = await strapi.plugin('newsroom')?.service('redirects').resolve(UID, slug);
    const current = documentId ? await strapi.documents(UID).findOne({ documentId, fields: ['slug'] }) : null;
    return current ? { redirectTo: current.slug as string } : null;
  },

  /** One page of an author's published stories, newest first. */
  async publishedStories(authorDocumentId: string, page: number, pageSize: number) {
    const filters = { author: { documentId: authorDocumentId } };
    const [stories, total] = await Promise.all([
      strapi.documents(ARTICLE).findMany({
        filters,
        status: 'published',
        fields: [...STORY_CARD_FIELDS],
        populate: { cover: true },
        sort: ['publishedAt:desc', 'id:desc'],
        start: (page - 1) * pageSize,
        limit: pageSize,
      }),
      strapi.documents(ARTICLE).count({ filters, status: 'published' }),
    ]);
    return { stories, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
  },
}));
