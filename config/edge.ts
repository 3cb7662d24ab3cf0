import type { Core } from '@strapi/strapi';
/**
 * The HTTP cache in front (Varnish from `npm run edge`, Fastly or Cloudflare): which header carries the
 * edge keys, where purges go, and how long the edge may keep an answer. With no purge endpoint configured
 * nothing is purged and answers keep only their short `max-age`.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  tagHeader: env('EDGE_TAG_HEADER', 'xkey'),
  purgeUrls: env.array('EDGE_PURGE_URLS', []),
  fastly: {
    serviceId: env('FASTLY_SERVICE_ID', ''),
    apiToken: env('FASTLY_API_TOKEN', ''),
    apiUrl: env('FASTLY_API_URL', 'https://api.fastly.com'),
  },
  cloudflare: {
    zoneId: env('CLOUDFLARE_ZONE_ID', ''),
    apiToken: env('CLOUDFLARE_API_TOKEN', ''),
    apiUrl: env('CLOUDFLARE_API_URL', 'https://api.cloudflare.com/client/v4'),
  },
  /** s-maxage: long, because a write purges what it changes */
  maxAge: env.int('EDGE_MAX_AGE', 86_400),
  pollMs: env.int('EDGE_PURGE_POLL_MS', 500),
  retryMaxMs: env.int('EDGE_PURGE_RETRY_MAX_MS', 10_000),
});
