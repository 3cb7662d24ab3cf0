import type { Core } from '@strapi/strapi';
import { columnName, isLocalized } from '../schemas';

/**
 * Slug uniqueness lives in the database, so it holds across processes.
 * Draft & publish keeps a draft row and a published row per document with the
 * same slug, so one index covers draft rows and another published rows; a
 * plain index serves the lookups by slug. Strapi's schema sync leaves indexes
 * it did not create alone, and `IF NOT EXISTS` makes every start idempotent.
 */
export const slugIndexNames = (table: string, column: string) => ({
  draft: `${table}_${column}_draft_uq`,
  published: `${table}_${column}_published_uq`,
  lookup: `${table}_${column}_idx`,
});

export async function ensureSlugIndexes(strapi: Core.Strapi, uid: string, field: string) {
  const column = columnName(strapi, uid, field);
  const publishedAt = columnName(strapi, uid, 'publishedAt');
  const localized = isLocalized(strapi, uid);
  const table = strapi.db.metadata.get(uid).tableName;
  const keys = localized ? `"${column}", "locale"` : `"${column}"`;
  const names = slugIndexNames(table, column);
  const knex = strapi.db.connection;

  const statements = [
    `CREATE UNIQUE INDEX IF NOT EXISTS "${names.draft}" ON "${table}" (${keys}) WHERE "${publishedAt}" IS NULL`,
    `CREATE UNIQUE INDEX IF NOT EXISTS "${names.published}" ON "${table}" (${keys}) WHERE "${publishedAt}" IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS "${names.lookup}" ON "${table}" ("${column}")`,
  ];
  for (const sql of statements) {
    try {
      await knex.raw(sql);
    } catch (error) {
      throw new Error(
        `newsroom: cannot enforce unique slugs on ${uid} (${error instanceof Error ? error.message : String(error)}). ` +
          `Give the documents that share a ${field} distinct values, then restart.`
      );
    }
  }
}

/** True when `error` is a violation of one of the unique slug indexes of `table`. */
export const isSlugConflict = (error: unknown, table: string, column: string): boolean => {
  const names = slugIndexNames(table, column);
  const { message, constraint, code } = (error ?? {}) as { message?: string; constraint?: string; code?: unknown };
  const text = `${message ?? ''} ${constraint ?? ''}`;
  return (
    (code === '23505' && (text.includes(names.draft) || text.includes(names.published))) ||
    (String(code ?? '').startsWith('SQLITE_CONSTRAINT') && text.includes(`${table}.${column}`))
  );
};
