import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';
import { ensureCountersTable } from './database/slug-counters';
import { ensureSlugIndexes } from './database/slug-indexes';
import { useOurSlugsInTheAdminPanel } from './admin-panel/uid-service';
import { lockDerivedFieldsInTheAdminPanel } from './admin-panel/derived-fields';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::newsroom') as NewsroomConfig;

  for (const uid of Object.keys(config.contentTypes)) {
    if (!strapi.contentTypes[uid]) throw new Error(`newsroom: unknown content type "${uid}" in config/plugins.ts`);
  }

  await ensureCountersTable(strapi);
  for (const [uid, options] of Object.entries(config.contentTypes)) {
    if (options.slug) await ensureSlugIndexes(strapi, uid, options.slug.field);
  }

  useOurSlugsInTheAdminPanel(strapi);
  await lockDerivedFieldsInTheAdminPanel(strapi);
};
