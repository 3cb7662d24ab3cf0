import { factories } from '@strapi/strapi';

// Related links have no drafts, but the stories they point to do.
const publishedOnly = { name: 'global::published-only', config: { uid: 'api::article.article' } };

export default factories.createCoreRouter('api::related-link.related-link', {
  config: {
    find: { middlewares: [publishedOnly] },
    findOne: { middlewares: [publishedOnly] },
  },
});
