import type { Core } from '@strapi/strapi';
import { paramsOf, type ActionResult, type DocumentMiddleware } from '../document-middleware';

/**
 * Which documents changed, and when, kept in the database so every process
 * sees every other process's writes: a global write counter, and per
 * document the counter value of its last committed write. Bumped after
 * commit, so a reader can never cache old data under a new number.
 */
const COUNTER = 'newsroom_content_version';
const DOCUMENTS = 'newsroom_document_versions';

export async function ensureContentVersionTables(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const create = async (name: string, build: Parameters<typeof knex.schema.createTable>[1]) => {
    if (await knex.schema.hasTable(name)) return;
    try {
      await knex.schema.createTable(name, build);
    } catch (error) {
      if (!(await knex.schema.hasTable(name))) throw error; // another process won the race
    }
  };
  await create(COUNTER, (table) => {
    table.integer('id').primary();
    table.bigInteger('version').notNullable();
  });
  await create(DOCUMENTS, (table) => {
    table.string('document_id', 64).primary();
    table.bigInteger('version').notNullable();
  });
  await knex.raw(`INSERT INTO ${COUNTER} (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
}

export async function currentContentVersion(strapi: Core.Strapi): Promise<number> {
  const row = await strapi.db.connection(COUNTER).where({ id: 1 }).first('version');
  return Number(row?.version ?? 0);
}

/** The last-write counter of each document (0 for never written since tracking began). */
export async function documentVersions(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, number>> {
  const versions = new Map(documentIds.map((id) => [id, 0]));
  if (documentIds.length === 0) return versions;
  const rows = await strapi.db
    .connection(DOCUMENTS)
    .whereIn('document_id', documentIds)
    .select('document_id', 'version');
  for (const row of rows) versions.set(row.document_id, Number(row.version));
  return versions;
}

export async function bumpDocuments(strapi: Core.Strapi, documentIds: string[]) {
  const ids = [...new Set(documentIds.filter(Boolean))];
  if (ids.length === 0) return;
  await strapi.db.connection.transaction(async (trx) => {
    await trx(COUNTER).where({ id: 1 }).increment('version', 1);
    const { version } = await trx(COUNTER).where({ id: 1 }).first('version');
    for (const id of ids) {
      await trx.raw(
        `INSERT INTO ${DOCUMENTS} (document_id, version) VALUES (?, ?) ON CONFLICT (document_id) DO UPDATE SET version = excluded.version`,
        [id, version]
      );
    }
  });
}

// Not 'create': a cached page lists only documents it was rendered from, so a
// document that did not exist yet is on none of them (404s are not cached).
const WRITES = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Document middleware: a committed write to one of `uids` bumps that document. */
export const bumpOnWrite =
  (strapi: Core.Strapi, uids: string[]): DocumentMiddleware =>
  async (ctx, next) => {
    if (!WRITES.has(ctx.action) || !uids.includes(ctx.uid)) return next();
    const result = await next();
    const documentId = paramsOf(ctx).documentId ?? (result as ActionResult)?.documentId;
    if (!documentId) return result;
    if (strapi.db.inTransaction()) {
      // Bumping now would be undone by nothing if the caller rolls back, but a
      // reader could cache the uncommitted past under the new number: wait.
      await strapi.db.transaction(({ onCommit }) => onCommit(() => bumpDocuments(strapi, [documentId])));
    } else {
      await bumpDocuments(strapi, [documentId]);
    }
    return result;
  };
