import type { Core } from '@strapi/strapi';
import { bySlugQueries } from './by-slug-queries';
import { publishedOnlyResolversConfig } from './published-only';

export function extendGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const queries = bySlugQueries(strapi);
  graphql.service('extension').use(() => ({
    typeDefs: queries.typeDefs,
    resolvers: queries.resolvers,
    resolversConfig: { ...publishedOnlyResolversConfig, ...queries.resolversConfig },
  }));
}
