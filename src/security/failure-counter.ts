import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

/**
 * Failed attempts per key in a fixed window, kept in a table of the app's own database so that every
 * process behind the load balancer counts the same failures (one process's memory would give an
 * attacker a fresh budget per process). Keys are hashed: the table holds no email addresses.
 */
const TABLE = 'newsroom_login_failures';

export interface Count {
  failures: number;
  /** when this key's window ends, unix milliseconds */
  resetsAt: number;
}

export async function ensureFailureTable(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(TABLE)) return;
  try {
    await knex.schema.createTable(TABLE, (table) => {
      table.string('throttle_key', 64).primary();
      table.bigInteger('window_started').notNullable();
      table.integer('failures').notNullable();
    });
  } catch (error) {
    if (!(await knex.schema.hasTable(TABLE))) throw error; // another process won the race
  }
}

export const throttleKey = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

export function createFailureCounter(strapi: Core.Strapi, windowMs: number) {
  const knex = () => strapi.db.connection;
  let sincePrune = 0;

  return {
    /**
     * Counts one more attempt against `key` (a new window when the last one has ended) and answers the
     * count. One statement, so two processes counting at once both land.
     */
    async add(key: string, now = Date.now()): Promise<Count> {
      const expired = now - windowMs;
      const result = await knex().raw(
        `INSERT INTO ${TABLE} (throttle_key, window_started, failures) VALUES (?, ?, 1)
         ON CONFLICT (throttle_key) DO UPDATE SET
           failures = CASE WHEN ${TABLE}.window_started <= ? THEN 1 ELSE ${TABLE}.failures + 1 END,
           window_started = CASE WHEN ${TABLE}.window_started <= ? THEN ? ELSE ${TABLE}.window_started END
         RETURNING failures, window_started`,
        [key, now, expired, expired, now]
      );
      // better-sqlite3 answers the rows, pg a result holding them.
      const rows = (Array.isArray(result) ? result : result.rows) as Array<{
        failures: number | string;
        window_started: number | string;
      }>;
      if (++sincePrune >= 100) {
        sincePrune = 0;
        await knex()(TABLE).where('window_started', '<=', expired).delete();
      }
      return { failures: Number(rows[0].failures), resetsAt: Number(rows[0].window_started) + windowMs };
    },

    /** Takes back one counted attempt: it turned out not to be a failure. */
    async forgive(key: string) {
      await knex()(TABLE).where('throttle_key', key).andWhere('failures', '>', 0).decrement('failures', 1);
    },

    /** Forgets a key altogether: its owner proved who they are. */
    async clear(key: string) {
      await knex()(TABLE).where('throttle_key', key).delete();
    },
  };
}
