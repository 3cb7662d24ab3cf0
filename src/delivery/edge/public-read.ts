import type { RequestContext } from '../../request-context';

/** A read anyone may make and a shared cache may keep: the content API and GraphQL, fetched without credentials. */
export const isPublicRead = (ctx: RequestContext) =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') &&
  (ctx.path.startsWith('/api/') || ctx.path === '/graphql') &&
  !ctx.request.headers.authorization;
