import type { RequestContext } from '../../request-context';

const PUBLIC_PATH = /^\/(api\/|graphql$|feeds\/|sitemap\.xml$|sitemaps\/|robots\.txt$)/;

/** A read anyone may make and a shared cache may keep: the content API, GraphQL, feeds and sitemaps, without credentials. */
export const isPublicRead = (ctx: RequestContext) =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') && PUBLIC_PATH.test(ctx.path) && !ctx.request.headers.authorization;
