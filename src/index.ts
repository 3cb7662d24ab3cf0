import type { Core } from '@strapi/strapi';
import { ensureEditorRole, NEWS_TYPES, setPublicPermissions, TAXONOMY_TYPES } from './bootstrap/permissions';
import { configureAdminViews } from './bootstrap/admin-views';
import { seedSampleContent } from './bootstrap/sample-content';
import { extendGraphql } from './graphql';
import { headlineRequired } from './api/article/headline-required';
import { bumpOnWrite, ensureContentVersionTables } from './delivery/content-version';
import { resolveOnPublish } from './api/related-link/resolve-on-publish';
import { ensureTitleKeys, keepTitleKeys } from './api/related-link/title-keys';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { keepBlockLabels } from './api/article/block-labels';
import { createEdge } from './delivery/edge';
import { reuseAbilities } from './delivery/public-ability';
import { feedRoutes } from './delivery/feeds/feed-routes';
import { sitemapRoutes } from './delivery/sitemaps/sitemap-routes';
import { logUnhandledRejections } from './bootstrap/unhandled-rejections';
import { refuseNulBytes } from './limits/refuse-nul-bytes';

let edge: ReturnType<typeof createEdge> | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    logUnhandledRejections(strapi);
    // Outermost of the app's document middlewares: refused before any of them reads or writes.
    strapi.documents.use(refuseNulBytes());
    strapi.documents.use(headlineRequired(strapi));
    strapi.documents.use(bumpOnWrite(strapi, [...NEWS_TYPES, ...TAXONOMY_TYPES, 'plugin::upload.file']));
    extendGraphql(strapi);
    strapi.documents.use(keepTitleKeys());
    strapi.documents.use(resolveOnPublish(strapi));
    strapi.documents.use(keepBlockLabels(strapi));
    edge = createEdge(strapi);
    edge.register();
    // At the site's root, where feed readers and crawlers look, not under /api.
    strapi.server.routes([...feedRoutes(strapi), ...sitemapRoutes(strapi)]);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureContentVersionTables(strapi);
    await edge?.bootstrap();
    reuseAbilities(strapi);
    await ensureTitleKeys(strapi);
    await setPublicPermissions(strapi);
    await ensureEditorRole(strapi);
    await configureAdminViews(strapi);
    await seedSampleContent(strapi);
    await ensureFirstAdmin(strapi);
  },

  async destroy() {
    await edge?.destroy();
  },
};
