import type { Core } from '@strapi/strapi';

/** A knex connection or transaction, as Strapi's database hands them out. */
type Db = Core.Strapi['db']['connection'];
import { edgeConfig, type EdgeConfig } from './edge-config';
import { OUTBOX, rowPurge, type OutboxRow } from './purge-outbox';
import { mergePurges, purgeRequests, retryDelay } from './purge-requests';

const BATCH = 200;
const TIMEOUT_MS = 3_000;

async function send(config: EdgeConfig, rows: OutboxRow[]) {
  for (const purge of mergePurges(rows.map(rowPurge))) {
    for (const request of purgeRequests(config, purge)) {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${request.method} ${request.url} answered ${response.status}`);
    }
  }
}

/**
 * Sends the outbox to the edge, in every process, each row by one of them:
 * on PostgreSQL a process claims due rows with FOR UPDATE SKIP LOCKED and
 * holds them until the edge has answered, so another process skips them
 * instead of sending them twice. A failed send stays in the outbox, retried
 * with a growing delay. SQLite has one writer and no row locks: rows are
 * read, sent, then deleted (two processes on one SQLite file may send a
 * purge twice, which purges nothing more).
 */
export function startPurgeSender(strapi: Core.Strapi) {
  const config = edgeConfig(strapi);
  const knex = strapi.db.connection;
  const rowLocks = strapi.db.dialect.client === 'postgres';
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const settle = async (db: Db, rows: OutboxRow[]) => {
    const ids = rows.map((row) => row.id);
    try {
      await send(config, rows);
      await db(OUTBOX).whereIn('id', ids).del();
      return true;
    } catch (error) {
      const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
      await db(OUTBOX)
        .whereIn('id', ids)
        .update({ attempts, next_attempt_at: Date.now() + retryDelay(attempts, config.retryMaxMs) });
      strapi.log.warn(`edge purge failed (attempt ${attempts}, retrying): ${(error as Error).message}`);
      return false;
    }
  };

  /** One batch; true when a full batch went out and more may be waiting. */
  const drainBatch = async (): Promise<boolean> => {
    const due = (db: Db) => db(OUTBOX).where('next_attempt_at', '<=', Date.now()).orderBy('id').limit(BATCH);
    if (rowLocks) {
      return knex.transaction(async (trx) => {
        const rows = (await due(trx).forUpdate().skipLocked()) as OutboxRow[];
        return rows.length > 0 && (await settle(trx, rows)) && rows.length === BATCH;
      });
    }
    const rows = (await due(knex)) as OutboxRow[];
    return rows.length > 0 && (await settle(knex, rows)) && rows.length === BATCH;
  };

  const drain = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await drainBatch()));
      } catch (error) {
        if (!stopped) strapi.log.warn(`edge purge outbox unreadable: ${(error as Error).message}`);
      }
    } while (again && !stopped);
  };

  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
      schedule();
    });
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, config.pollMs);
    timer.unref();
  };

  run();
  return {
    /** A write of this process just committed a purge: send it now rather than at the next poll. */
    nudge: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
