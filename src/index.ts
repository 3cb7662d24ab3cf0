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
import { ensureFailureTable } from './security/failure-counter';
import { indexOnWrite } from './delivery/search/index-on-write';
import { ensureSearchTables } from './delivery/search/search-index';
import { indexAtStart } from './delivery/search/index-at-start';
import { searchRoutes } from './delivery/search/search-route';
import { startUpLock } from './bootstrap/start-up-lock';
import { refuseNulBytes } from './limits/refuse-nul-bytes';

// SEARCH_INDEX=false runs without keeping the index, for bench:search to weigh what it adds to a write.
const searchIndexed = () => process.env.SEARCH_INDEX !== 'false';

let edge: ReturnType<typeof createEdge> | undefined;
let lock: ReturnType<typeof startUpLock> | undefined;

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    logUnhandledRejections(strapi);
    // Held until the end of bootstrap: Strapi's schema sync and every seeding step in between.
    lock = startUpLock(strapi);
    await lock.acquire();
    // Outermost of the app's document middlewares: refused before any of them reads or writes.
    strapi.documents.use(refuseNulBytes());
    strapi.documents.use(headlineRequired(strapi));
    strapi.documents.use(bumpOnWrite(strapi, [...NEWS_TYPES, ...TAXONOMY_TYPES, 'plugin::upload.file']));
    extendGraphql(strapi);
    strapi.documents.use(keepTitleKeys());
    strapi.documents.use(resolveOnPublish(strapi));
    strapi.documents.use(keepBlockLabels(strapi));
    if (searchIndexed()) strapi.documents.use(indexOnWrite(strapi, 'api::article.article'));
    edge = createEdge(strapi);
    edge.register();
    // At the site's root, where feed readers and crawlers look, not under /api.
    strapi.server.routes([...feedRoutes(strapi), ...sitemapRoutes(strapi), ...searchRoutes(strapi)]);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      await setUp(strapi);
    } finally {
      await lock?.release();
    }
  },

  async destroy() {
    await lock?.release();
    await edge?.destroy();
  },
};

async function setUp(strapi: Core.Strapi) {
  await ensureContentVersionTables(strapi);
  await ensureFailureTable(strapi);
  await edge?.bootstrap();
  reuseAbilities(strapi);
  await ensureTitleKeys(strapi);
  await setPublicPermissions(strapi);
  await ensureEditorRole(strapi);
  await configureAdminViews(strapi);
  await ensureSearchTables(strapi);
  await seedSampleContent(strapi);
  if (searchIndexed()) await indexAtStart(strapi, 'api::article.article');
  await ensureFirstAdmin(strapi);
}
