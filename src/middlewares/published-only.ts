import type { Core } from '@strapi/strapi';
import { canReadDrafts } from '../delivery/can-read-drafts';
import type { Next, RequestContext } from '../request-context';

/**
 * Route middleware for every public read of the news types. Stock Strapi 5
 * hands drafts to anyone allowed to `find` who adds `status=draft`, and the
 * status also applies to populated relations; here it is pinned to
 * `published` unless the requester may read drafts.
 */
export default (config: { uid?: string } = {}, { strapi }: { strapi: Core.Strapi }) => {
  void strapi;
  return async (ctx: RequestContext, next: Next) => {
    if (!canReadDrafts(ctx.state.auth, config.uid)) {
      ctx.query = { ...ctx.query, status: 'published' };
      delete ctx.query.hasPublishedVersion;
      delete ctx.query.publicationFilter;
    }
    await next();
  };
};
