import type { Core } from '@strapi/strapi';

/**
 * Failed logins and preview links (src/middlewares/login-throttle.ts): a client gets `429` after
 * `maxFailures` refusals for one identifier (email, username, previewed document) from one address in
 * `windowSeconds`, and after `maxFailuresPerAddress` refusals from one address whatever the identifier.
 * The looser per-address ceiling keeps an office behind one NAT address working while one of its
 * people mistypes. A preview link is an HMAC nobody guesses: its per-document budget
 * (`maxPreviewFailures`) is there against floods and leaves an editor room for a few stale links.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  windowSeconds: env.int('LOGIN_WINDOW_SECONDS', 900),
  maxFailures: env.int('LOGIN_MAX_FAILURES', 5),
  maxFailuresPerAddress: env.int('LOGIN_MAX_FAILURES_PER_ADDRESS', 50),
  maxPreviewFailures: env.int('PREVIEW_MAX_FAILURES', 20),
});
