import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../../../request-context';
import { resolveOldAddress } from '../resolve-old-address';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/redirects/resolve?path=/2013/01/11/old-slug/ — what a frontend's 404 handler asks. */
  async resolve(ctx: RequestContext) {
    const path = ctx.query.path;
    if (typeof path !== 'string' || !path.trim())
      return ctx.badRequest('Give the old address as ?path=/its/path/ (one path)', { path: path ?? null });
    const found = await resolveOldAddress(strapi, path);
    if (!found) return ctx.notFound('No story lived at this address', { path });
    ctx.status = 301;
    ctx.set('Location', found.to);
    ctx.body = { data: found };
  },
});
