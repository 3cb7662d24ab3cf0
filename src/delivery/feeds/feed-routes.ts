import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../../request-context';
import { absolute, type Site } from '../site-paths';
import { findOwnerBySlug, type OwnerUid } from '../stories-by-owner';
import { feedStory, latestStories } from './feed-stories';
import { renderFeed, type FeedFormat } from './story-feed';

const FILES: Record<string, { format: FeedFormat; type: string }> = {
  'rss.xml': { format: 'rss', type: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { format: 'atom', type: 'application/atom+xml; charset=utf-8' },
  'feed.json': { format: 'json', type: 'application/feed+json; charset=utf-8' },
};

const OWNERS: Record<string, { uid: OwnerUid; pagePath: keyof Site | null; noun: string }> = {
  sections: { uid: 'api::section.section', pagePath: null, noun: 'section' },
  tags: { uid: 'api::tag.tag', pagePath: null, noun: 'tag' },
  authors: { uid: 'api::author.author', pagePath: 'authorPath', noun: 'author' },
};

const notFound = (ctx: RequestContext, message: string) => {
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message, details: {} } };
};

/**
 * GET /feeds/{rss.xml,atom.xml,feed.json} and /feeds/{sections,tags,authors}/:slug/{…}: the latest 50
 * published stories, in full. Public like the stories themselves; cached and purged like every public
 * answer (ETag, edge keys).
 */
export function feedRoutes(strapi: Core.Strapi): Omit<Core.Route, 'info'>[] {
  const serve = async (ctx: RequestContext, file: string, owner?: { kind: string; slug: string }) => {
    const feed = FILES[file];
    if (!feed) return notFound(ctx, 'Feeds are rss.xml, atom.xml and feed.json');
    const site = strapi.config.get('site') as Site;
    const cms = (strapi.config.get('server.url') as string) || ctx.origin;
    let scope: { uid: OwnerUid; documentId: string } | undefined;
    let title = site.publisherName;
    let link = site.publicUrl;
    let base = `${cms}/feeds`;
    if (owner) {
      const kind = OWNERS[owner.kind];
      if (!kind) return notFound(ctx, 'Feeds exist for sections, tags and authors');
      const found = await findOwnerBySlug(strapi, kind.uid, owner.slug);
      if (!found) return notFound(ctx, `No ${kind.noun} has this slug`);
      if ('redirectTo' in found) {
        ctx.status = 301;
        ctx.set('Location', `/feeds/${owner.kind}/${encodeURIComponent(found.redirectTo)}/${file}`);
        return;
      }
      scope = { uid: kind.uid, documentId: found.owner.documentId };
      title = `${site.publisherName} — ${String(found.owner.name ?? owner.slug)}`;
      const pattern = kind.pagePath ? String(site[kind.pagePath]) : undefined;
      if (pattern) link = absolute(site.publicUrl, pattern.replace(':slug', encodeURIComponent(owner.slug)));
      base = `${cms}/feeds/${owner.kind}/${encodeURIComponent(owner.slug)}`;
    }
    const stories = await latestStories(strapi, scope);
    ctx.type = feed.type;
    ctx.body = renderFeed(
      feed.format,
      {
        title,
        description: `The latest stories from ${title}`,
        link,
        self: { rss: `${base}/rss.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` },
      },
      stories.map((story) => feedStory(story, site, cms))
    );
  };

  return [
    {
      method: 'GET',
      path: '/feeds/:file',
      handler: (ctx: RequestContext) => serve(ctx, String(ctx.params.file)),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/feeds/:kind/:slug/:file',
      handler: (ctx: RequestContext) =>
        serve(ctx, String(ctx.params.file), { kind: String(ctx.params.kind), slug: String(ctx.params.slug) }),
      config: { auth: false },
    },
  ];
}
