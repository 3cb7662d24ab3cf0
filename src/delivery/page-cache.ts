import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { currentContentVersion, documentVersions } from './content-version';
import type { AnswerReads } from './edge/edge-keys';

export interface RenderedPage {
  status: number;
  body: string;
  location?: string;
  /** documentIds whose content the page shows; only pages that name them are cached */
  dependsOn?: string[];
  /** what the render read, for the edge keys of every answer served from this page */
  edgeReads?: AnswerReads;
}

export interface CachedPage extends RenderedPage {
  etag: string;
}

/**
 * Rendered public pages, kept per process and served only while none of the
 * documents they show has been written since (checked in the database on
 * every request: one indexed read). A write through any process is seen by
 * every process; unrelated writes leave the page alone.
 */
export function createPageCache(strapi: Core.Strapi, maxEntries = 20_000) {
  const pages = new Map<string, { page: CachedPage; versions: Map<string, number> }>();

  const unchanged = async (versions: Map<string, number>) => {
    const now = await documentVersions(strapi, [...versions.keys()]);
    return [...versions].every(([id, version]) => now.get(id) === version);
  };

  return {
    async get(key: string, render: () => Promise<RenderedPage>): Promise<CachedPage> {
      const hit = pages.get(key);
      if (hit && (await unchanged(hit.versions))) return hit.page;

      const startedAt = await currentContentVersion(strapi);
      const rendered = await render();
      const page = { ...rendered, etag: `"${createHash('sha1').update(rendered.body).digest('base64url')}"` };
      pages.delete(key);
      if (rendered.dependsOn?.length) {
        const versions = await documentVersions(strapi, rendered.dependsOn);
        // A document written after we started reading may be in the page old or new: don't keep it.
        if ([...versions.values()].every((version) => version <= startedAt)) {
          pages.set(key, { page, versions });
          const oldest = pages.keys().next().value;
          if (pages.size > maxEntries && oldest !== undefined) pages.delete(oldest);
        }
      }
      return page;
    },
  };
}
