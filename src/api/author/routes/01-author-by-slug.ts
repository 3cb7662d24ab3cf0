export default {
  routes: [
    {
      method: 'GET',
      path: '/authors/slug/:slug',
      handler: 'api::author.author.findBySlug',
      config: {
        middlewares: [{ name: 'global::published-only', config: { uid: 'api::article.article' } }],
        description: 'An author by slug with their published stories, newest first, paginated.',
      },
    },
  ],
};
