import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../../request-context';
import type createPreviewController from './controllers/preview';

/**
 * The reference story page's own addresses, outside the /api prefix that
 * content-API routes get: the signed preview link, and the public story path
 * that JSON-LD and "Read Also" links point to (config/site.ts).
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const controller = () =>
      strapi.controller('api::preview.preview') as unknown as ReturnType<typeof createPreviewController>;
    const routes: Core.RouteInput[] = [
      {
        method: 'GET',
        path: '/preview/:token',
        handler: (ctx: RequestContext) => controller().page(ctx),
        config: { auth: false },
      },
    ];
    const articlePath = (strapi.config.get('site') as { articlePath?: string } | undefined)?.articlePath;
    if (articlePath && articlePath.includes(':slug') && !/^\/(api|admin|preview|uploads)(\/|$)/.test(articlePath)) {
      routes.push({
        method: 'GET',
        path: articlePath,
        handler: (ctx: RequestContext) => controller().publishedPage(ctx),
        config: { auth: false },
      });
    }
    strapi.server.routes(routes);
  },
};
