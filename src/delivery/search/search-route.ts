import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RequestContext } from '../../request-context';
import { parseSearchQuery } from './search-query';
import { searchStories } from './search-stories';

const ARTICLE = 'api::article.article';

const positiveInt = (value: unknown, fallback: number, max = Infinity) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

const oneSlug = (value: unknown, name: string) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`Give one ${name} slug`, { [name]: null });
  return value;
};

/**
 * GET /api/search?q=…&section=&tag=&author=&pagination[page]=&pagination[pageSize]= — public: it
 * only ever finds published stories. A missing or over-long q is a 400; a q with nothing
 * searchable in it (only punctuation) finds nothing.
 */
export function searchRoutes(strapi: Core.Strapi): Omit<Core.Route, 'info'>[] {
  const handler = async (ctx: RequestContext) => {
    const query = parseSearchQuery(ctx.query.q);
    if (!query.ok) throw new errors.ValidationError(query.message, { q: null });
    const paging = (ctx.query.pagination ?? {}) as Record<string, unknown>;
    const maxLimit = (strapi.config.get('api.rest.maxLimit') as number) ?? 100;
    const { stories, pagination } = await searchStories(strapi, {
      tokens: query.tokens,
      page: positiveInt(paging.page, 1),
      pageSize: positiveInt(paging.pageSize, 10, maxLimit),
      section: oneSlug(ctx.query.section, 'section'),
      tag: oneSlug(ctx.query.tag, 'tag'),
      author: oneSlug(ctx.query.author, 'author'),
    });
    const cards = (await strapi.contentAPI.sanitize.output(
      stories.map((story) => story.card),
      strapi.getModel(ARTICLE),
      { auth: ctx.state.auth }
    )) as object[];
    const data = cards.map((card, i) => ({ ...card, snippet: stories[i].snippet }));
    ctx.body = { data, meta: { pagination } };
  };
  return [{ method: 'GET', path: '/api/search', handler, config: { auth: false } }];
}
