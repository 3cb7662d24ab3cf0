import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../../document-middleware';

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

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export const headlineRequired = (strapi: Core.Strapi): DocumentMiddleware => {
  void strapi;
  return async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();
    if (ctx.action === 'create' && blank(ctx.params.data?.title)) throw missingTitle();
    if (ctx.action === 'update' && ctx.params.data && 'title' in ctx.params.data && blank(ctx.params.data.title)) {
      throw missingTitle();
    }
    return next();
  };
};
