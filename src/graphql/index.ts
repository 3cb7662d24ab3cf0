import type { Core } from '@strapi/strapi';
import { bySlugQueries } from './by-slug-queries';
import { publishedOnlyResolversConfig } from './published-only';
import { searchArticlesQuery } from './search-articles';

export function extendGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const queries = bySlugQueries(strapi);
  const search = searchArticlesQuery(strapi);
  graphql.service('extension').use(() => ({
    typeDefs: queries.typeDefs + search.typeDefs,
    resolvers: { Query: { ...queries.resolvers.Query, ...search.resolvers.Query } },
    resolversConfig: { ...publishedOnlyResolversConfig, ...queries.resolversConfig, ...search.resolversConfig },
  }));
}
