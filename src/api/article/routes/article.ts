import { factories } from '@strapi/strapi';

const publishedOnly = { name: 'global::published-only', config: { uid: 'api::article.article' } };

export default factories.createCoreRouter('api::article.article', {
  config: {
    find: { middlewares: [publishedOnly] },
    findOne: { middlewares: [publishedOnly] },
  },
});
