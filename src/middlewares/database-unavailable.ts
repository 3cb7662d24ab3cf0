import type { Core } from '@strapi/strapi';
import type { Next, RequestContext } from '../request-context';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { markRequestsOnLostConnection } from '../database/mark-unavailable';

const PING_TIMEOUT_MS = 2000;
const RETRY_AFTER_S = 5;

/**
 * While the database is away a request gets 503 in Strapi's error shape, fast,
 * never cached: not a 500, and not the 401 that users-permissions answers when
 * it cannot read the public role's permissions (it swallows the error, so a 401
 * is checked: did a query of this request lose its connection, or does the
 * database not answer now?).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  markRequestsOnLostConnection(strapi);
  let ping: Promise<boolean> | undefined;
  const databaseAnswers = () => {
    ping ??= Promise.race([
      strapi.db.connection.raw('select 1').then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PING_TIMEOUT_MS).unref()),
    ])
      .catch(() => false)
      .finally(() => (ping = undefined));
    return ping;
  };

  const refuse = (ctx: RequestContext) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_S));
    ctx.set('Cache-Control', 'no-store');
    ctx.remove('ETag');
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: 'The database is unavailable; try again in a few seconds',
        details: {},
      },
    };
  };

  const unauthorized = (error: unknown) => (error as { status?: unknown } | null)?.status === 401;
  const lostDatabase = async (ctx: RequestContext) =>
    ctx.state.databaseUnavailable === true || !(await databaseAnswers());

  return async (ctx: RequestContext, next: Next) => {
    try {
      await next();
    } catch (error) {
      // A request whose query lost its connection fails on whatever comes next (knex: "Transaction query
      // already complete" for a query on the transaction the lost connection ended): that is the same outage.
      const lostHere = ctx.state.databaseUnavailable === true;
      if (isDatabaseUnavailable(error) || lostHere || (unauthorized(error) && (await lostDatabase(ctx)))) {
        strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${(error as Error).message})`);
        return refuse(ctx);
      }
      throw error;
    }
    if (ctx.status === 401 && (await lostDatabase(ctx))) refuse(ctx);
  };
};
