import type { Core } from '@strapi/strapi';
import type { Next, RequestContext } from '../request-context';
import { attemptIn, isFailure, statusOfError } from '../security/login-attempts';
import { createFailureCounter, throttleKey, type Count } from '../security/failure-counter';

interface ThrottleConfig {
  windowSeconds: number;
  maxFailures: number;
  maxFailuresPerAddress: number;
  maxPreviewFailures: number;
}

/**
 * Failed logins on `/api/auth/local` and `/admin/login` and forged preview links get `429` with
 * `Retry-After` once a budget is spent. Every attempt is counted before it runs (so a burst of parallel
 * guesses cannot slip past the count) and taken back when it was not refused. The address is
 * `ctx.request.ip`: the socket's peer, or X-Forwarded-For only when `server.proxy.koa` trusts a proxy.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = strapi.config.get('login-throttle') as ThrottleConfig;
  const counter = createFailureCounter(strapi, settings.windowSeconds * 1000);

  const tooMany = (ctx: RequestContext, counts: Count[]) => {
    const retryAfter = Math.max(1, Math.ceil((Math.max(...counts.map((count) => count.resetsAt)) - Date.now()) / 1000));
    ctx.status = 429;
    ctx.set('Retry-After', String(retryAfter));
    ctx.body = {
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: 'Too many failed attempts, try again later',
        details: { retryAfter },
      },
    };
  };

  return async (ctx: RequestContext, next: Next) => {
    const attempt = attemptIn(ctx);
    if (!attempt) return next();

    const address = ctx.request.ip;
    const addressKey = throttleKey(attempt.scope, address);
    const identityKey = throttleKey(attempt.scope, address, attempt.identifier);
    const [byAddress, byIdentity] = await Promise.all([counter.add(addressKey), counter.add(identityKey)]);
    const spent = [
      ...(byAddress.failures > settings.maxFailuresPerAddress ? [byAddress] : []),
      ...(byIdentity.failures > (attempt.scope === 'preview' ? settings.maxPreviewFailures : settings.maxFailures)
        ? [byIdentity]
        : []),
    ];
    if (spent.length > 0) return tooMany(ctx, spent);

    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = statusOfError(error);
      throw error;
    } finally {
      if (!isFailure(status)) {
        // Proven (or not the client's fault): the attempt was never a failure, and a login clears its slate.
        await counter.forgive(addressKey);
        await (status < 300 ? counter.clear(identityKey) : counter.forgive(identityKey));
      }
    }
  };
};
