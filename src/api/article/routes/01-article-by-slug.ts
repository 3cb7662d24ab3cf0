import { z } from '@strapi/utils';

// Shapes for the generated OpenAPI document (npm run openapi).
const story = z.looseObject({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string().nullable(),
  readingTime: z.number().int(),
  wordCount: z.number().int(),
  body: z.array(z.looseObject({ __component: z.string() })),
});

export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/slug/:slug',
      handler: 'api::article.article.findBySlug',
      request: { params: { slug: z.string().describe('the current or an old slug; an old one answers 301') } },
      response: z.object({
        data: story,
        meta: z.object({ jsonLd: z.record(z.string(), z.unknown()).describe('schema.org NewsArticle') }),
      }),
      config: {
        middlewares: [{ name: 'global::published-only', config: { uid: 'api::article.article' } }],
        description: 'One published story by slug, with author, cover, body and JSON-LD; 301 for an old slug.',
      },
    },
  ],
};
