/**
 * Where an old address leads now: an imported story's old address (its
 * WordPress permalink, `?p=<id>`, its Ghost `/<slug>/`), or an old slug of a
 * renamed story at the public story path. Only a published story is an
 * answer: a draft's address is not given away.
 */
import type { Core } from '@strapi/strapi';
import { pathFor, type Site } from '../../delivery/site-paths';
import { normalizeOldPath } from './old-path';

const ARTICLE = 'api::article.article';
export const OLD_ADDRESS = 'api::redirect.old-address';

/** The slug in a path shaped like the public story path (`/articles/:slug`), if it is. */
export function slugAtArticlePath(pattern: string, path: string): string | undefined {
  const [before, after = ''] = pattern.replace(/\/+$/, '').split(':slug');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escape(before)}([^/?]+)${escape(after)}$`).exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

interface RedirectsService {
  resolve(contentType: string, slug: string): Promise<string | null>;
}

export async function resolveOldAddress(
  strapi: Core.Strapi,
  address: string
): Promise<{ to: string; status: 301 } | null> {
  const path = normalizeOldPath(address);
  if (!path) return null;
  const site = strapi.config.get('site') as Site;
  const row = (await strapi.db.query(OLD_ADDRESS).findOne({ where: { path }, select: ['articleDocumentId'] })) as {
    articleDocumentId?: string;
  } | null;
  let documentId = row?.articleDocumentId;
  if (!documentId) {
    const slug = slugAtArticlePath(site.articlePath, path);
    const redirects = strapi.plugin('newsroom')?.service('redirects') as RedirectsService | undefined;
    if (slug && redirects) documentId = (await redirects.resolve(ARTICLE, slug)) ?? undefined;
  }
  if (!documentId) return null;
  const live = await strapi.documents(ARTICLE).findOne({ documentId, status: 'published', fields: ['slug'] });
  if (!live?.slug) return null;
  const to = pathFor(site.articlePath, live.slug);
  // The story's own current address is no old address: answering 301 to itself would loop.
  return normalizeOldPath(to) === path ? null : { to, status: 301 };
}
