import { factories } from '@strapi/strapi';

// Authors have no drafts, but their populated stories do.
const publishedOnly = { name: 'global::published-only', config: { uid: 'api::article.article' } };

export default factories.createCoreRouter('api::author.author', {
  config: {
    find: { middlewares: [publishedOnly] },
    findOne: { middlewares: [publishedOnly] },
  },
});
