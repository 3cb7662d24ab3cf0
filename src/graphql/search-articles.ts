import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseSearchQuery } from '../delivery/search/search-query';
import { searchStories } from '../delivery/search/search-stories';

const ARTICLE = 'api::article.article';

interface SearchArgs {
  query: string;
  section?: string | null;
  tag?: string | null;
  author?: string | null;
  pagination?: { page?: number | null; pageSize?: number | null } | null;
}

const positiveInt = (value: unknown, fallback: number, max = Infinity) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

/** searchArticles: the GraphQL twin of GET /api/search, the same matches in the same order. */
export const searchArticlesQuery = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    type ArticleSearchHit {
      article: Article!
      "A short passage around the first match, as HTML: the text escaped, matches in <mark>."
      snippet: String!
    }
    type ArticleSearch {
      nodes: [ArticleSearchHit!]!
      pageInfo: Pagination!
    }
    extend type Query {
      "Published stories matching every word of query, most relevant first (headline, then standfirst, then body)."
      searchArticles(
        query: String!
        section: String
        tag: String
        author: String
        pagination: PaginationArg = {}
      ): ArticleSearch!
    }
  `,
  resolvers: {
    Query: {
      searchArticles: {
        async resolve(_parent: unknown, args: SearchArgs) {
          const parsed = parseSearchQuery(args.query);
          if (!parsed.ok) throw new errors.ValidationError(parsed.message);
          const maxLimit = (strapi.config.get('api.rest.maxLimit') as number) ?? 100;
          const { stories, pagination } = await searchStories(
            strapi,
            {
              tokens: parsed.tokens,
              page: positiveInt(args.pagination?.page, 1),
              pageSize: positiveInt(args.pagination?.pageSize, 10, maxLimit),
              section: args.section ?? undefined,
              tag: args.tag ?? undefined,
              author: args.author ?? undefined,
            },
            { whole: true }
          );
          return { nodes: stories.map(({ card, snippet }) => ({ article: card, snippet })), pageInfo: pagination };
        },
      },
    },
  },
  resolversConfig: {
    'Query.searchArticles': { auth: { scope: [`${ARTICLE}.find`] } },
  },
});
