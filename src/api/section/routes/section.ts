import { factories } from '@strapi/strapi';

// Sections have no drafts, but their populated stories do.
const publishedOnly = { name: 'global::published-only', config: { uid: 'api::article.article' } };

export default factories.createCoreRouter('api::section.section', {
  only: ['find', 'findOne'],
  config: {
    find: { middlewares: [publishedOnly] },
    findOne: { middlewares: [publishedOnly] },
  },
});
