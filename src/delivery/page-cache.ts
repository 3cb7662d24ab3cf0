import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { currentContentVersion } from './content-version';

export interface CachedPage {
  status: number;
  body: string;
  etag: string;
  location?: string;
}

/**
 * Rendered public pages (by-slug answers), kept per process and trusted only
 * while the shared content version is the one they were rendered at: one
 * primary-key read per request instead of the story's dozen queries.
 */
export function createPageCache(strapi: Core.Strapi, maxEntries = 2000) {
  const pages = new Map<string, { version: string; page: CachedPage }>();

  return {
    async get(key: string, render: () => Promise<Omit<CachedPage, 'etag'>>): Promise<CachedPage> {
      const version = await currentContentVersion(strapi);
      const hit = pages.get(key);
      if (hit && hit.version === version) return hit.page;

      const rendered = await render();
      const page = { ...rendered, etag: `"${createHash('sha1').update(rendered.body).digest('base64url')}"` };
      pages.delete(key);
      pages.set(key, { version, page });
      if (pages.size > maxEntries) pages.delete(pages.keys().next().value);
      return page;
    },
  };
}
