import type { Core } from '@strapi/strapi';

/** A knex connection or transaction, as Strapi's database hands them out. */
type Db = Core.Strapi['db']['connection'];
import type { Purge } from './purge-requests';

/**
 * Purges waiting for the edge to acknowledge them. A row is written in the
 * transaction of the change it purges for, so it exists exactly when the
 * change committed: a crash before the purge is sent leaves the row for
 * whichever process looks next.
 */
export const OUTBOX = 'newsroom_edge_purges';

export interface OutboxRow {
  id: number;
  keys: string;
  soft: boolean | number;
  attempts: number;
}

export async function ensureOutbox(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(OUTBOX)) return;
  try {
    await knex.schema.createTable(OUTBOX, (table) => {
      table.increments('id');
      table.text('keys').notNullable();
      table.boolean('soft').notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.bigInteger('next_attempt_at').notNullable().index();
    });
  } catch (error) {
    if (!(await knex.schema.hasTable(OUTBOX))) throw error; // another process won the race
  }
}

/** Adds a purge to the outbox, in the caller's transaction when there is one. */
export async function enqueuePurge(db: Db, purge: Purge) {
  if (purge.keys.length === 0) return;
  await db(OUTBOX).insert({ keys: purge.keys.join(' '), soft: purge.soft, attempts: 0, next_attempt_at: Date.now() });
}

export const rowPurge = (row: OutboxRow): Purge => ({
  keys: row.keys.split(' ').filter(Boolean),
  soft: Boolean(row.soft),
});
