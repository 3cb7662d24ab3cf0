import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';

/**
 * articleBySlug / authorBySlug: the GraphQL twins of the REST by-slug
 * routes. GraphQL cannot answer 301, so an old slug resolves to the story
 * itself; a client that sees a different `slug` knows to update its URL.
 */
export const bySlugQueries = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    extend type Query {
      "One published story by its current or an old slug."
      articleBySlug(slug: String!): Article
      "One author by their current or an old slug."
      authorBySlug(slug: String!): Author
    }
  `,
  resolvers: {
    Query: {
      articleBySlug: {
        async resolve(_parent: unknown, { slug }: { slug: string }) {
          const found = await strapi.service(ARTICLE).findPublishedBySlug(slug);
          if (!found) return null;
          if (found.story) return found.story;
          return strapi.documents(ARTICLE).findFirst({ filters: { slug: found.redirectTo }, status: 'published' });
        },
      },
      authorBySlug: {
        async resolve(_parent: unknown, { slug }: { slug: string }) {
          const found = await strapi.service(AUTHOR).findBySlug(slug);
          if (!found) return null;
          if ('owner' in found) return found.owner;
          return strapi.documents(AUTHOR).findFirst({ filters: { slug: found.redirectTo } });
        },
      },
    },
  },
  resolversConfig: {
    'Query.articleBySlug': { auth: { scope: [`${ARTICLE}.findBySlug`] } },
    'Query.authorBySlug': { auth: { scope: [`${AUTHOR}.findBySlug`] } },
  },
});
