import type { Core } from '@strapi/strapi';
import { setPublicPermissions } from './bootstrap/permissions';
import { configureAdminViews } from './bootstrap/admin-views';
import { seedSampleContent } from './bootstrap/sample-content';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setPublicPermissions(strapi);
    await configureAdminViews(strapi);
    await seedSampleContent(strapi);
  },
};
