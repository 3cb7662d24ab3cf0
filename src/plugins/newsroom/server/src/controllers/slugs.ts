import type { Core } from '@strapi/strapi';

import { derivedFieldsOf, type NewsroomConfig, type ScheduleOptions } from '../config';
import { optionalString, slugTarget, type Context } from './request';
import { isLocalized } from '../schemas';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /newsroom/slugs/propose { contentType, source, documentId?, locale? }: the slug the
   * server would keep for `source` now, for any slug field (uid or string).
   */
  async propose(ctx: Context) {
    const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
    const { uid, slug } = slugTarget(strapi, body.contentType);
    const locale = isLocalized(strapi, uid) ? optionalString(body.locale) : undefined;
    const proposal = await strapi
      .plugin('newsroom')
      .service('slugs')
      .propose(uid, slug, typeof body.source === 'string' ? body.source : '', optionalString(body.documentId), locale);
    ctx.body = { data: proposal };
  },

  /** GET /newsroom/settings: which field of each managed type is a slug, its source, the derived fields, the schedule fields. */
  async settings(ctx: Context) {
    const { contentTypes } = strapi.config.get('plugin::newsroom') as NewsroomConfig;
    const data: Record<
      string,
      { slug?: { field: string; source: string }; derived: string[]; schedule?: ScheduleOptions }
    > = {};
    for (const [uid, options] of Object.entries(contentTypes)) {
      data[uid] = {
        ...(options.slug ? { slug: { field: options.slug.field, source: options.slug.source } } : {}),
        ...(options.schedule ? { schedule: { ...options.schedule } } : {}),
        derived: derivedFieldsOf(options.reading),
      };
    }
    ctx.body = { data };
  },
});
