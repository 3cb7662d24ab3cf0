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

const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

/** The content-API route of an author's, section's or tag's page (delivery/stories-by-owner.ts). */
export const ownerBySlugRoute = (plural: 'authors' | 'sections' | 'tags', singular: string, description: string) => ({
  method: 'GET' as const,
  path: `/${plural}/slug/:slug`,
  handler: `api::${singular}.${singular}.findBySlug`,
  request: { params: { slug: z.string().describe('the current or an old slug; an old one answers 301') } },
  response: z.object({
    data: z.looseObject({
      documentId: z.string(),
      name: z.string(),
      slug: z.string(),
      articles: z.array(storyCard),
    }),
    meta: z.object({ pagination }),
  }),
  config: {
    // The owner has no drafts, but the stories listed with it do.
    middlewares: [{ name: 'global::published-only', config: { uid: 'api::article.article' } }],
    description: `${description}, with published stories newest first, paginated (pagination[page], pagination[pageSize]).`,
  },
});
