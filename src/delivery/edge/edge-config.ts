import type { Core } from '@strapi/strapi';
import { TAG_HEADERS, type TagHeader } from './edge-keys';

export interface EdgeConfig {
  tagHeader: TagHeader;
  purgeUrls: string[];
  fastly: { serviceId: string; apiToken: string; apiUrl: string };
  cloudflare: { zoneId: string; apiToken: string; apiUrl: string };
  maxAge: number;
  pollMs: number;
  retryMaxMs: number;
}

export const edgeConfig = (strapi: Core.Strapi) => strapi.config.get('edge') as EdgeConfig;

/** Whether anything purges the edge: only then may it keep answers longer than their max-age. */
export const purgesConfigured = ({ purgeUrls, fastly, cloudflare }: EdgeConfig) =>
  purgeUrls.length > 0 ||
  Boolean(fastly.serviceId && fastly.apiToken) ||
  Boolean(cloudflare.zoneId && cloudflare.apiToken);

/** Refuses to start on a configuration that would silently purge nothing. */
export function checkEdgeConfig(config: EdgeConfig) {
  if (!TAG_HEADERS.includes(config.tagHeader))
    throw new Error(`EDGE_TAG_HEADER is "${config.tagHeader}"; expected one of ${TAG_HEADERS.join(', ')}`);
  for (const url of config.purgeUrls) {
    if (!/^https?:\/\/[^/]+/.test(url)) throw new Error(`EDGE_PURGE_URLS: "${url}" is not an http(s) URL`);
  }
  if (Boolean(config.fastly.serviceId) !== Boolean(config.fastly.apiToken))
    throw new Error('Fastly purging needs both FASTLY_SERVICE_ID and FASTLY_API_TOKEN');
  if (Boolean(config.cloudflare.zoneId) !== Boolean(config.cloudflare.apiToken))
    throw new Error('Cloudflare purging needs both CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN');
}
