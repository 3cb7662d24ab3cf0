import type { Core } from '@strapi/strapi';
import fs from 'fs/promises';
import path from 'path';
import type { RequestContext } from '../../../request-context';
import { replayReads } from '../../../delivery/edge/read-recorder';
import { pathFor, type Site } from '../../../delivery/site-paths';
import { publishedStoryAnswer, type StoryAnswer } from '../../../delivery/story-answer';
import { storyNotFoundHtml, storyPageHtml } from '../../../delivery/story-page';
import type createPreviewService from '../services/preview';

const forbidden = (reason: string) => ({
  data: null,
  error: {
    status: 403,
    name: 'ForbiddenError',
    message: reason === 'expired' ? 'This preview link has expired' : 'This preview link is not valid',
    details: { reason },
  },
});

/** `Authorization: Preview <token>`: a credential travels in a header, and the answer is never cached (global::http-cache). */
const tokenFrom = (ctx: RequestContext) => /^Preview\s+(\S+)$/i.exec(ctx.get('Authorization') ?? '')?.[1];

const storyPageTemplate = (strapi: Core.Strapi) =>
  fs.readFile(path.join(strapi.dirs.static.public, 'story', 'index.html'), 'utf8');

const EXPIRED_PAGE = (reason: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Preview unavailable</title><link rel="stylesheet" href="/story/story.css"></head>
<body><main class="story story--message"><h1>Preview unavailable</h1>
<p>${reason === 'expired' ? 'This preview link has expired.' : 'This preview link is not valid.'}
Open the preview again from the admin panel to get a fresh link.</p></main></body></html>`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const previews = () => strapi.service('api::preview.preview') as unknown as ReturnType<typeof createPreviewService>;

  return {
    /** GET /api/preview — the story a signed link opens, as JSON. */
    async story(ctx: RequestContext) {
      const verdict = previews().verify(tokenFrom(ctx));
      ctx.set('X-Robots-Tag', 'noindex');
      if (!verdict.valid) {
        ctx.status = 403;
        ctx.body = forbidden(verdict.reason);
        return;
      }
      const mediaBaseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
      const found = await previews().story(verdict.claims, mediaBaseUrl);
      if (!found) {
        ctx.status = 404;
        ctx.body = {
          data: null,
          error: {
            status: 404,
            name: 'NotFoundError',
            message: 'This story no longer exists in that version',
            details: {},
          },
        };
        return;
      }
      ctx.body = {
        data: found.story,
        meta: {
          jsonLd: found.jsonLd,
          preview: {
            status: verdict.claims.status,
            expiresAt: new Date(verdict.claims.expiresAt * 1000).toISOString(),
          },
        },
      };
    },

    /** GET /preview/:token — the signed link itself: the story page, or 403. */
    async page(ctx: RequestContext) {
      const verdict = previews().verify(ctx.params.token);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('X-Robots-Tag', 'noindex');
      // The token is in this page's address: links followed from it must not carry it away.
      ctx.set('Referrer-Policy', 'no-referrer');
      ctx.type = 'text/html; charset=utf-8';
      if (!verdict.valid) {
        ctx.status = verdict.reason === 'disabled' ? 404 : 403;
        ctx.body = EXPIRED_PAGE(verdict.reason);
        return;
      }
      ctx.body = await storyPageTemplate(strapi);
    },

    /**
     * GET /articles/:slug (site.articlePath) — the reference story page for a published story, its
     * head filled in for crawlers; 404 for an unknown story, 301 from an old slug.
     */
    async publishedPage(ctx: RequestContext) {
      const slug = String(ctx.params.slug);
      const page = await publishedStoryAnswer(strapi, ctx, slug);
      replayReads(ctx, page.edgeReads);
      const site = strapi.config.get('site') as Site;
      ctx.type = 'text/html; charset=utf-8';
      if (page.status === 301 && page.location) {
        const current = decodeURIComponent(page.location.slice(page.location.lastIndexOf('/') + 1));
        ctx.status = 301;
        ctx.redirect(pathFor(site.articlePath, current));
        return;
      }
      const template = await storyPageTemplate(strapi);
      if (page.status !== 200) {
        ctx.status = 404;
        ctx.body = storyNotFoundHtml(template);
        return;
      }
      ctx.body = storyPageHtml(template, JSON.parse(page.body) as StoryAnswer, site.publisherName);
    },
  };
};
