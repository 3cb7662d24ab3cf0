import { factories } from '@strapi/strapi';
import { newsArticleJsonLd } from '../../../delivery/news-article-json-ld';
import { withReadAlsoHrefs } from '../../../delivery/read-also-href';

const UID = 'api::article.article';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Lists are newest first unless the client sorts. */
  async find(ctx) {
    if (!ctx.query.sort) ctx.query = { ...ctx.query, sort: ['publishedAt:desc', 'id:desc'] };
    return super.find(ctx);
  },

  /** GET /api/articles/slug/:slug — the story page's one request. */
  async findBySlug(ctx) {
    const { slug } = ctx.params;
    const found = await strapi.service(UID).findPublishedBySlug(slug);
    if (!found) return ctx.notFound('No published story has this slug', { slug });
    if (found.redirectTo) {
      ctx.redirect(`/api/articles/slug/${encodeURIComponent(found.redirectTo)}`);
      ctx.status = 301;
      return;
    }
    const site = strapi.config.get('site') as any;
    const story = withReadAlsoHrefs(await this.sanitizeOutput(found.story, ctx), site);
    const mediaBaseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
    return { data: story, meta: { jsonLd: newsArticleJsonLd(story, site, mediaBaseUrl) } };
  },
}));
