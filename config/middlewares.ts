import type { Core } from '@strapi/strapi';
import { contentSecurityPolicy, corsOrigins } from '../src/security/http-headers';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const origins = corsOrigins(env('CORS_ORIGINS', ''));
  return [
    'strapi::logger',
    'strapi::errors',
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
    'strapi::body',
    'global::login-throttle',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
    'global::http-cache',
    'global::edge-tags',
  ];
};
