import type { Core } from '@strapi/strapi';

import { optionalString, slugTarget, type Context } from './request';
import { fieldError } from '../strapi-errors';
import { isLocalized } from '../schemas';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /newsroom/redirects?contentType=…&documentId=…[&locale=…]: a story's old addresses,
   * newest first; with `slug=…` instead of `documentId`, where an old address leads.
   */
  async list(ctx: Context) {
    const { uid } = slugTarget(strapi, ctx.query.contentType);
    const documentId = optionalString(ctx.query.documentId);
    const slug = optionalString(ctx.query.slug);
    if (!documentId && !slug) throw fieldError(strapi, 'documentId', 'documentId or slug is required', undefined);
    const locale = isLocalized(strapi, uid) ? optionalString(ctx.query.locale) : undefined;
    const redirects = strapi.plugin('newsroom').service('redirects');
    ctx.body = {
      data: documentId ? await redirects.of(uid, documentId, locale) : await redirects.from(uid, slug, locale),
    };
  },
});
