import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../../request-context';
import { absolute, pathFor, type Site } from '../site-paths';
import { newsUrlSet, SITEMAP_LIMIT, sitemapIndex, urlSet, type PageEntry } from './sitemap-xml';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const SECTION = 'api::section.section';
/** Google News reads stories of the last two days, at most a thousand. */
const NEWS_WINDOW_MS = 48 * 3600 * 1000;
const NEWS_LIMIT = 1000;

interface Row {
  slug: string;
  title?: string;
  updatedAt?: string | null;
  publishedAt?: string | null;
  firstPublishedAt?: string | null;
}

const xml = (ctx: RequestContext, body: string) => {
  ctx.type = 'application/xml; charset=utf-8';
  ctx.body = body;
};

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : undefined);

/**
 * /sitemap.xml (an index), /sitemaps/stories-<n>.xml (50 000 stories a page), /sitemaps/sections.xml,
 * /sitemaps/authors.xml, /sitemaps/news.xml (Google News: the last 48 hours) and /robots.txt naming the
 * index. Stories, sections and authors are listed at their public website addresses.
 */
export function sitemapRoutes(strapi: Core.Strapi): Omit<Core.Route, 'info'>[] {
  const site = () => strapi.config.get('site') as Site & { sectionPath: string; publicationLanguage: string };
  const cms = (ctx: RequestContext) => (strapi.config.get('server.url') as string) || ctx.origin;
  const published = () => strapi.documents(ARTICLE);

  const storyPage = async (page: number) =>
    (await published().findMany({
      status: 'published',
      fields: ['slug', 'updatedAt'],
      sort: ['id:asc'],
      start: (page - 1) * SITEMAP_LIMIT,
      limit: SITEMAP_LIMIT,
    })) as unknown as Row[];

  const lastmod = async (uid: typeof ARTICLE | typeof AUTHOR | typeof SECTION) => {
    const [latest] = (await strapi.documents(uid as typeof ARTICLE).findMany({
      ...(uid === ARTICLE ? { status: 'published' as const } : {}),
      fields: ['updatedAt'],
      sort: ['updatedAt:desc'],
      limit: 1,
    })) as unknown as Row[];
    return iso(latest?.updatedAt);
  };

  const index = async (ctx: RequestContext) => {
    const stories = await published().count({ status: 'published' });
    const base = `${cms(ctx)}/sitemaps`;
    const storiesLastmod = await lastmod(ARTICLE);
    const pages: PageEntry[] = Array.from({ length: Math.max(1, Math.ceil(stories / SITEMAP_LIMIT)) }, (_, i) => ({
      url: `${base}/stories-${i + 1}.xml`,
      lastmod: storiesLastmod,
    }));
    pages.push({ url: `${base}/sections.xml`, lastmod: await lastmod(SECTION) });
    pages.push({ url: `${base}/authors.xml`, lastmod: await lastmod(AUTHOR) });
    pages.push({ url: `${base}/news.xml`, lastmod: storiesLastmod });
    xml(ctx, await sitemapIndex(pages));
  };

  const stories = async (ctx: RequestContext) => {
    const page = Number(ctx.params.page);
    const rows = Number.isInteger(page) && page >= 1 ? await storyPage(page) : [];
    if (rows.length === 0 && page !== 1) {
      ctx.status = 404;
      ctx.body = {
        data: null,
        error: { status: 404, name: 'NotFoundError', message: 'No such sitemap page', details: {} },
      };
      return;
    }
    const { publicUrl, articlePath } = site();
    xml(
      ctx,
      await urlSet(
        rows.map((row) => ({ url: absolute(publicUrl, pathFor(articlePath, row.slug)), lastmod: iso(row.updatedAt) }))
      )
    );
  };

  const owners = (uid: typeof AUTHOR | typeof SECTION, pattern: () => string) => async (ctx: RequestContext) => {
    const rows = (await strapi.documents(uid as typeof AUTHOR).findMany({
      fields: ['slug', 'updatedAt'],
      sort: ['id:asc'],
      limit: SITEMAP_LIMIT,
    })) as unknown as Row[];
    xml(
      ctx,
      await urlSet(
        rows
          .filter((row) => row.slug)
          .map((row) => ({
            url: absolute(site().publicUrl, pathFor(pattern(), row.slug)),
            lastmod: iso(row.updatedAt),
          }))
      )
    );
  };

  const news = async (ctx: RequestContext) => {
    const since = new Date(Date.now() - NEWS_WINDOW_MS).toISOString();
    const rows = (await published().findMany({
      status: 'published',
      filters: {
        $or: [
          { firstPublishedAt: { $gte: since } },
          { firstPublishedAt: { $null: true }, publishedAt: { $gte: since } },
        ],
      },
      fields: ['slug', 'title', 'publishedAt', 'firstPublishedAt'],
      sort: ['firstPublishedAt:desc', 'publishedAt:desc'],
      limit: NEWS_LIMIT,
    })) as unknown as Row[];
    const { publicUrl, articlePath, publisherName, publicationLanguage } = site();
    xml(
      ctx,
      await newsUrlSet(
        rows.map((row) => ({
          url: absolute(publicUrl, pathFor(articlePath, row.slug)),
          title: row.title ?? row.slug,
          published: iso(row.firstPublishedAt ?? row.publishedAt) ?? new Date().toISOString(),
        })),
        { name: publisherName, language: publicationLanguage }
      )
    );
  };

  const robots = async (ctx: RequestContext) => {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = ['User-agent: *', 'Disallow: /admin', '', `Sitemap: ${cms(ctx)}/sitemap.xml`, ''].join('\n');
  };

  const route = (path: string, handler: (ctx: RequestContext) => Promise<void>): Omit<Core.Route, 'info'> => ({
    method: 'GET',
    path,
    handler,
    config: { auth: false },
  });
  return [
    route('/sitemap.xml', index),
    route('/sitemaps/stories-:page.xml', stories),
    route(
      '/sitemaps/sections.xml',
      owners(SECTION, () => site().sectionPath)
    ),
    route(
      '/sitemaps/authors.xml',
      owners(AUTHOR, () => site().authorPath)
    ),
    route('/sitemaps/news.xml', news),
    route('/robots.txt', robots),
  ];
}
