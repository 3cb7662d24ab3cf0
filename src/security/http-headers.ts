/**
 * What the security headers say (config/middlewares.ts hands them to strapi::security and strapi::cors).
 * Scripts only from this origin: the story page loads /story/story.js and nothing inline, the API
 * answers data. The admin panel in development gets Vite's exceptions from Strapi itself.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'self'"],
  'connect-src': ["'self'", 'https:'],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'media-src': ["'self'", 'data:', 'blob:', 'https:'],
  upgradeInsecureRequests: null,
};

/** CORS_ORIGINS: a comma-separated list of the origins (scheme://host[:port]) that may call with credentials. */
export const corsOrigins = (value: string) =>
  value
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '' && origin !== '*');
