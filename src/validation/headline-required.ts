import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Strapi 5 skips `required` for drafts, so a story could be saved with no
 * headline and get a meaningless slug. Every story has a working headline
 * from its first save: a missing or blank title is a 400 on every write path.
 */
const ARTICLE = 'api::article.article';

const missingTitle = () =>
  new errors.ValidationError('title must be a non-empty headline', {
    errors: [{ path: ['title'], message: 'title must be a non-empty headline', name: 'ValidationError', value: null }],
  });

export const headlineRequired = (strapi: Core.Strapi) => {
  void strapi;
  return async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.uid !== ARTICLE) return next();
    const data = ctx.params?.data ?? {};
    const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
    if (ctx.action === 'create' && blank(data.title)) throw missingTitle();
    if (ctx.action === 'update' && 'title' in data && blank(data.title)) throw missingTitle();
    return next();
  };
};
