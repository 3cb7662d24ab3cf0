import { factories } from '@strapi/strapi';
import { replayReads } from '../../../delivery/edge/read-recorder';
import { publishedStoryAnswer } from '../../../delivery/story-answer';
import { NEWEST_FIRST } from '../../../delivery/stories-by-owner';

const UID = 'api::article.article';

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** Lists are newest first (by first publication: an imported 2013 story sits in 2013) unless the client sorts. */
  async find(ctx) {
    if (!ctx.query.sort) ctx.query = { ...ctx.query, sort: [...NEWEST_FIRST] };
    return super.find(ctx);
  },

  /** GET /api/articles/slug/:slug — the story page's one request; public answers come from the page cache. */
  async findBySlug(ctx) {
    const page = await publishedStoryAnswer(strapi, ctx, ctx.params.slug);
    replayReads(ctx, page.edgeReads);
    ctx.status = page.status;
    if (page.location) ctx.set('Location', page.location);
    if (page.etag) ctx.set('ETag', page.etag);
    ctx.type = 'application/json';
    ctx.body = page.body;
  },
}));
