import type { Core } from '@strapi/strapi';
import { ensureEditorRole, setPublicPermissions } from './bootstrap/permissions';
import { configureAdminViews } from './bootstrap/admin-views';
import { seedSampleContent } from './bootstrap/sample-content';
import { extendGraphql } from './graphql';
import { headlineRequired } from './validation/headline-required';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(headlineRequired(strapi) as any);
    extendGraphql(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setPublicPermissions(strapi);
    await ensureEditorRole(strapi);
    await configureAdminViews(strapi);
    await seedSampleContent(strapi);
  },
};
