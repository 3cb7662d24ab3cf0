import type { Core } from '@strapi/strapi';
import { ensureEditorRole, setPublicPermissions } from './bootstrap/permissions';
import { configureAdminViews } from './bootstrap/admin-views';
import { seedSampleContent } from './bootstrap/sample-content';
import { extendGraphql } from './graphql';
import { headlineRequired } from './validation/headline-required';
import { bumpOnWrite, ensureContentVersionTables } from './delivery/content-version';
import { NEWS_TYPES } from './bootstrap/permissions';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(headlineRequired(strapi) as any);
    strapi.documents.use(bumpOnWrite(strapi, [...NEWS_TYPES, 'plugin::upload.file']) as any);
    extendGraphql(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureContentVersionTables(strapi);
    await setPublicPermissions(strapi);
    await ensureEditorRole(strapi);
    await configureAdminViews(strapi);
    await seedSampleContent(strapi);
  },
};
