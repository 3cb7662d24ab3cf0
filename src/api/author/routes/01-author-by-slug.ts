import { z } from '@strapi/utils';

// Shapes for the generated OpenAPI document (npm run openapi).
const storyCard = z.looseObject({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullable(),
  readingTime: z.number().int().nullable(),
  publishedAt: z.string(),
});

export default {
  routes: [
    {
      method: 'GET',
      path: '/authors/slug/:slug',
      handler: 'api::author.author.findBySlug',
      request: { params: { slug: z.string().describe('the current or an old slug; an old one answers 301') } },
      response: z.object({
        data: z.looseObject({
          documentId: z.string(),
          name: z.string(),
          slug: z.string(),
          articles: z.array(storyCard),
        }),
        meta: z.object({
          pagination: z.object({
            page: z.number().int(),
            pageSize: z.number().int(),
            pageCount: z.number().int(),
            total: z.number().int(),
          }),
        }),
      }),
      config: {
        middlewares: [{ name: 'global::published-only', config: { uid: 'api::article.article' } }],
        description:
          'An author by slug with their published stories, newest first, paginated (pagination[page], pagination[pageSize]).',
      },
    },
  ],
};
