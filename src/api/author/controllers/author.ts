import { factories } from '@strapi/strapi';

const UID = 'api::author.author';
const ARTICLE = 'api::article.article';

const positiveInt = (value: unknown, fallback: number, max = Infinity) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** GET /api/authors/slug/:slug — the author page: who they are and what they wrote. */
  async findBySlug(ctx) {
    const found = await strapi.service(UID).findBySlug(ctx.params.slug);
    if (!found) return ctx.notFound('No author has this slug', { slug: ctx.params.slug });
    if (found.redirectTo) {
      ctx.redirect(`/api/authors/slug/${encodeURIComponent(found.redirectTo)}`);
      ctx.status = 301;
      return;
    }
    const query = (ctx.query.pagination ?? {}) as Record<string, unknown>;
    const maxLimit = (strapi.config.get('api.rest.maxLimit') as number) ?? 100;
    const page = positiveInt(query.page, 1);
    const pageSize = positiveInt(query.pageSize, 10, maxLimit);
    const { stories, pagination } = await strapi.service(UID).publishedStories(found.author.documentId, page, pageSize);

    const author = (await strapi.contentAPI.sanitize.output(found.author, strapi.getModel(UID), {
      auth: ctx.state.auth,
    })) as Record<string, unknown>;
    const articles = await strapi.contentAPI.sanitize.output(stories, strapi.getModel(ARTICLE), {
      auth: ctx.state.auth,
    });
    return { data: { ...author, articles }, meta: { pagination } };
  },
}));
