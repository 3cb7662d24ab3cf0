import type { EdgeConfig } from './edge-config';

/** One purge as the outbox holds it: keys, and whether stale copies may be served while refetching. */
export interface Purge {
  keys: string[];
  soft: boolean;
}

export interface PurgeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** Splits keys into groups whose space-joined length stays within `maxBytes` (and `maxCount`). */
export function chunkKeys(keys: string[], maxBytes: number, maxCount = Infinity): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    if (chunk.length && (bytes + key.length + 1 > maxBytes || chunk.length >= maxCount)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(key);
    bytes += key.length + 1;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * The HTTP requests that carry a purge to every configured edge: Varnish's xkey vmod (`xkey` or
 * `xkey-softpurge` on a PURGE), Fastly's surrogate-key purge (at most 256 keys a call) and
 * Cloudflare's purge by tag (at most 30 a call).
 */
export function purgeRequests(config: Pick<EdgeConfig, 'purgeUrls' | 'fastly' | 'cloudflare'>, purge: Purge) {
  const requests: PurgeRequest[] = [];
  for (const url of config.purgeUrls) {
    for (const keys of chunkKeys(purge.keys, 4096)) {
      requests.push({ url, method: 'PURGE', headers: { [purge.soft ? 'xkey-softpurge' : 'xkey']: keys.join(' ') } });
    }
  }
  const { fastly, cloudflare } = config;
  if (fastly.serviceId && fastly.apiToken) {
    for (const keys of chunkKeys(purge.keys, 8192, 256)) {
      requests.push({
        url: `${fastly.apiUrl.replace(/\/+$/, '')}/service/${encodeURIComponent(fastly.serviceId)}/purge`,
        method: 'POST',
        headers: {
          'Fastly-Key': fastly.apiToken,
          'Surrogate-Key': keys.join(' '),
          ...(purge.soft ? { 'Fastly-Soft-Purge': '1' } : {}),
        },
      });
    }
  }
  if (cloudflare.zoneId && cloudflare.apiToken) {
    for (const tags of chunkKeys(purge.keys, Infinity, 30)) {
      requests.push({
        url: `${cloudflare.apiUrl.replace(/\/+$/, '')}/zones/${encodeURIComponent(cloudflare.zoneId)}/purge_cache`,
        method: 'POST',
        headers: { Authorization: `Bearer ${cloudflare.apiToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags }),
      });
    }
  }
  return requests;
}

/** Purges gathered from many writes, as few as possible: a key purged hard needs no soft purge too. */
export function mergePurges(purges: Purge[]): Purge[] {
  const hard = new Set(purges.filter((purge) => !purge.soft).flatMap((purge) => purge.keys));
  const soft = new Set(purges.filter((purge) => purge.soft).flatMap((purge) => purge.keys));
  for (const key of hard) soft.delete(key);
  return [
    ...(hard.size ? [{ keys: [...hard], soft: false }] : []),
    ...(soft.size ? [{ keys: [...soft], soft: true }] : []),
  ];
}

/** How long to wait before trying a purge again: doubling from a quarter second, up to `maxMs`. */
export const retryDelay = (attempts: number, maxMs: number) => Math.min(maxMs, 250 * 2 ** Math.min(attempts, 20));
