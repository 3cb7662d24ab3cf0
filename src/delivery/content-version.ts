import type { Core } from '@strapi/strapi';

/**
 * One database row counting committed writes to published content. Every
 * process reads it before serving a cached page, so a write made through any
 * process invalidates every process's cache: no rule rests on one process's
 * memory. Bumped after commit, so a reader can never cache old data under
 * the new number.
 */
const TABLE = 'newsroom_content_version';

export async function ensureContentVersionTable(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(TABLE))) {
    try {
      await knex.schema.createTable(TABLE, (table) => {
        table.integer('id').primary();
        table.bigInteger('version').notNullable();
      });
    } catch (error) {
      if (!(await knex.schema.hasTable(TABLE))) throw error;
    }
  }
  await knex.raw(`INSERT INTO ${TABLE} (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
}

export async function currentContentVersion(strapi: Core.Strapi): Promise<string> {
  const row = await strapi.db.connection(TABLE).where({ id: 1 }).first('version');
  return String(row?.version ?? 0);
}

export async function bumpContentVersion(strapi: Core.Strapi) {
  await strapi.db.connection(TABLE).where({ id: 1 }).increment('version', 1);
}

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** Document middleware: any write to `uids` bumps the version once it is committed. */
export const bumpOnWrite = (strapi: Core.Strapi, uids: string[]) => async (ctx: any, next: () => Promise<unknown>) => {
  if (!WRITES.has(ctx.action) || !uids.includes(ctx.uid)) return next();
  const result = await next();
  if (strapi.db.inTransaction()) {
    await strapi.db.transaction(({ onCommit }) => onCommit(() => bumpContentVersion(strapi)));
  } else {
    await bumpContentVersion(strapi);
  }
  return result;
};
