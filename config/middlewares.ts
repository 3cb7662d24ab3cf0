import type { Core } from '@strapi/strapi';
import { contentSecurityPolicy, corsOrigins } from '../src/security/http-headers';

const MB = 1024 * 1024;

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const origins = corsOrigins(env('CORS_ORIGINS', ''));
  return [
    'strapi::logger',
    'strapi::errors',
    'global::database-unavailable',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: { useDefaults: true, directives: contentSecurityPolicy },
        referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
        // A browser that saw HSTS on a development host would refuse it over plain HTTP for a year.
        hsts: env('NODE_ENV') === 'production' ? { maxAge: 31536000, includeSubDomains: true } : false,
      },
    },
    {
      name: 'strapi::cors',
      config: {
        origin: origins.length ? origins : '*',
        // Credentials only for a named origin: never with `*`, and never on an answer without an Origin
        // (Strapi would send an empty Access-Control-Allow-Origin with them).
        credentials: (ctx: { get: (name: string) => string }) => origins.includes(ctx.get('Origin')),
      },
    },
    'strapi::query',
    // Refused before Strapi plans a query: deep populate, prototype names in `fields`.
    { name: 'global::query-limits', config: { maxPopulateDepth: 5 } },
    {
      name: 'strapi::body',
      // JSON, form and text bodies up to 1 MB (413 beyond); uploads up to 10 MB a file. GraphQL parses
      // its own body: its limit is in config/plugins.ts.
      config: { jsonLimit: '1mb', formLimit: '1mb', textLimit: '1mb', formidable: { maxFileSize: 10 * MB } },
    },
    { name: 'global::image-uploads', config: { maxBytes: 10 * MB } },
    'global::body-names',
    'global::login-throttle',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
    'global::http-cache',
    'global::edge-tags',
  ];
};
