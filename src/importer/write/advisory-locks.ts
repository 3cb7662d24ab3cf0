import type { Core } from '@strapi/strapi';

/**
 * Serialises writers that would otherwise race on the same name or title:
 * two stories creating the same new author or link, or a "Read Also" link
 * being created while the story it names is being published (each would miss
 * the other and the link would stay unresolved). On PostgreSQL a
 * transaction-level advisory lock per key does it across processes and
 * machines. Locks are taken only before creating something, so writers of
 * different stories rarely wait; two that wait on each other in a circle are
 * told so by PostgreSQL (deadlock, 40P01) and the importer retries the story.
 * SQLite lets one writer in at a time, so it needs nothing more.
 *
 * Call inside a transaction: the locks are released when it ends.
 */
export async function lockKeys(strapi: Core.Strapi, keys: string[]): Promise<void> {
  if (!strapi.db.inTransaction() || strapi.db.dialect?.client !== 'postgres') return;
  for (const key of [...new Set(keys.filter(Boolean))].sort()) {
    await strapi.db.transaction(({ trx }: { trx: Core.Strapi['db']['connection'] }) =>
      trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [key])
    );
  }
}

export const authorKey = (name: string) => `newsroom:author:${name.trim().toLowerCase()}`;
export const titleLockKey = (key: string) => `newsroom:title:${key}`;
