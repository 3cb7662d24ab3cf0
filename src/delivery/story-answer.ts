import type { Core } from '@strapi/strapi';
import { newsArticleJsonLd } from './news-article-json-ld';
import { withReadAlsoHrefs } from './read-also-href';
import { documentsShownIn } from './documents-shown-in';
import type { RenderedPage } from './page-cache';
import type { Site } from './site-paths';
import type { StoryView } from './story-view';
import { snapshotReads } from './edge/read-recorder';
import type { RequestContext } from '../request-context';

const UID = 'api::article.article';

interface ArticleDelivery {
  findPublishedBySlug(slug: string): Promise<{ story?: unknown; redirectTo?: string } | null>;
  cachedPage(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage & { etag?: string }>;
}

export interface StoryAnswer {
  data: StoryView;
  meta: { jsonLd: ReturnType<typeof newsArticleJsonLd> };
}

/**
 * The published story by slug as GET /api/articles/slug/:slug answers it — JSON body, 404 or a
 * 301 to the current slug — shared by that route and the story page, so the page and the API can
 * never disagree on what is public. Public requests are served from the page cache.
 */
export async function publishedStoryAnswer(
  strapi: Core.Strapi,
  ctx: RequestContext,
  slug: string
): Promise<RenderedPage & { etag?: string }> {
  const articles = strapi.service(UID) as unknown as ArticleDelivery;
  const render = async (): Promise<RenderedPage> => {
    const found = await articles.findPublishedBySlug(slug);
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
    const sanitized = await strapi.contentAPI.sanitize.output(found.story as object, strapi.getModel(UID), {
      auth: ctx.state.auth,
    });
    const story = withReadAlsoHrefs(sanitized as StoryView, site);
    const mediaBaseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
    const answer: StoryAnswer = { data: story, meta: { jsonLd: newsArticleJsonLd(story, site, mediaBaseUrl) } };
    return {
      status: 200,
      body: JSON.stringify(answer),
      dependsOn: documentsShownIn(story),
      edgeReads: snapshotReads(ctx),
    };
  };
  const isPublic = !ctx.request.headers.authorization;
  return isPublic ? articles.cachedPage(`article:${slug}`, render) : render();
}
