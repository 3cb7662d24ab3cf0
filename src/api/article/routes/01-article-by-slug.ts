export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/slug/:slug',
      handler: 'api::article.article.findBySlug',
      config: {
        middlewares: [{ name: 'global::published-only', config: { uid: 'api::article.article' } }],
        description: 'One published story by slug, with author, cover, body and JSON-LD; 301 for an old slug.',
      },
    },
  ],
};
