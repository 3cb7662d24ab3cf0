import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Next, RequestContext } from '../request-context';
import { edgeConfig, purgesConfigured } from '../delivery/edge/edge-config';
import { isPublicRead } from '../delivery/edge/public-read';

/**
 * Public GET answers of the content API and GraphQL carry a strong validator and a short
 * lifetime (long at a purged edge), so a CDN can serve them and revalidate cheaply;
 * `If-None-Match` with the current ETag gets 304 and no body. Answers to
 * authenticated requests (previews, drafts) are never stored.
 */
/**
 * RFC 9110 §13.1.2, as an origin server evaluates it. Koa's `ctx.fresh` is a
 * cache's view and answers 200 whenever the request says `no-cache`, which
 * fetch() adds by itself to every conditional request.
 */
export const matchesIfNoneMatch = (header: string, etag: string) => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const site = () => strapi.config.get('site') as { cacheMaxAge: number; cacheStaleWhileRevalidate: number };

  return async (ctx: RequestContext, next: Next) => {
    await next();
    if (!isPublicRead(ctx)) {
      if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith('/api/'))
        ctx.set('Cache-Control', 'private, no-store');
      return;
    }
    if (ctx.status !== 200 || ctx.body == null || typeof ctx.body.pipe === 'function') return;

    const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
    const { cacheMaxAge, cacheStaleWhileRevalidate } = site();
    // Browsers keep an answer briefly; an edge that is purged on every write may keep it long.
    const edge = edgeConfig(strapi);
    const shared = purgesConfigured(edge) ? `, s-maxage=${edge.maxAge}` : '';
    ctx.set(
      'Cache-Control',
      `public, max-age=${cacheMaxAge}${shared}, stale-while-revalidate=${cacheStaleWhileRevalidate}`
    );
    // A cached page arrives with its ETag already computed.
    const etag = (ctx.response.get('ETag') as string) || `"${createHash('sha1').update(body).digest('base64url')}"`;
    ctx.set('ETag', etag);
    ctx.vary('Authorization');
    if (matchesIfNoneMatch(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    if (typeof body === 'string' && typeof ctx.body !== 'string') {
      ctx.body = body;
      ctx.type = 'application/json';
    }
  };
};
