import { factories } from '@strapi/strapi';
import { newsArticleJsonLd } from '../../../delivery/news-article-json-ld';
import { withReadAlsoHrefs } from '../../../delivery/read-also-href';
import { documentsShownIn } from '../../../delivery/documents-shown-in';
import type { Site } from '../../../delivery/site-paths';
import type { StoryView } from '../../../delivery/story-view';
import { replayReads, snapshotReads } from '../../../delivery/edge/read-recorder';
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
    const { slug } = ctx.params;
    const render = async () => {
      const found = await strapi.service(UID).findPublishedBySlug(slug);
      if (!found) {
        const error = {
          status: 404,
          name: 'NotFoundError',
          message: 'No published story has this slug',
          details: { slug },
        };
        return { status: 404, body: JSON.stringify({ data: null, error }) };
      }
      if (found.redirectTo) {
        const location = `/api/articles/slug/${encodeURIComponent(found.redirectTo)}`;
        return { status: 301, body: JSON.stringify({ data: null, meta: { redirect: location } }), location };
      }
      const site = strapi.config.get('site') as Site;
      const sanitized = await strapi.contentAPI.sanitize.output(found.story, strapi.getModel(UID), {
        auth: ctx.state.auth,
      });
      const story = withReadAlsoHrefs(sanitized as StoryView, site);
      const mediaBaseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
      return {
        status: 200,
        body: JSON.stringify({ data: story, meta: { jsonLd: newsArticleJsonLd(story, site, mediaBaseUrl) } }),
        dependsOn: documentsShownIn(story),
        edgeReads: snapshotReads(ctx),
      };
    };

    const isPublic = !ctx.request.headers.authorization;
    const page = isPublic ? await strapi.service(UID).cachedPage(`article:${slug}`, render) : await render();
    replayReads(ctx, page.edgeReads);
    ctx.status = page.status;
    if (page.location) ctx.set('Location', page.location);
    if (page.etag) ctx.set('ETag', page.etag);
    ctx.type = 'application/json';
    ctx.body = page.body;
  },
}));
