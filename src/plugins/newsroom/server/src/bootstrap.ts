import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';
import { ensureCountersTable } from './database/slug-counters';
import { ensureScheduleIndexes } from './database/schedule-indexes';
import { ensureSlugIndexes } from './database/slug-indexes';
import { useOurSlugsInTheAdminPanel } from './admin-panel/uid-service';
import { lockDerivedFieldsInTheAdminPanel } from './admin-panel/derived-fields';
import { scheduler } from './schedule/running-scheduler';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::newsroom') as NewsroomConfig;

  await ensureCountersTable(strapi);
  for (const [uid, options] of Object.entries(config.contentTypes)) {
    if (options.slug) await ensureSlugIndexes(strapi, uid, options.slug.field);
    if (options.schedule) await ensureScheduleIndexes(strapi, uid, options.schedule);
  }

  useOurSlugsInTheAdminPanel(strapi);
  await lockDerivedFieldsInTheAdminPanel(strapi);
  scheduler(strapi).start();
};
