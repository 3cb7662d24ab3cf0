import type { Core } from '@strapi/strapi';

/**
 * "Importing the same file twice never duplicates a story" must hold when two
 * imports run at once (two terminals, two machines on one PostgreSQL), so the
 * rule lives in the database: one unique index over draft rows and one over
 * published rows (a document's two rows share their sourceId, like the
 * plugin's slug indexes). Strapi's schema sync leaves indexes it did not
 * create alone; `IF NOT EXISTS` makes every run idempotent.
 */
const ARTICLE = 'api::article.article';

export const sourceIdIndexNames = (table: string) => ({
  draft: `${table}_source_id_draft_uq`,
  published: `${table}_source_id_published_uq`,
});

type ColumnAttribute = { columnName?: string } | undefined;

export async function ensureSourceIdIndexes(strapi: Core.Strapi): Promise<string | undefined> {
  const meta = strapi.db.metadata.get(ARTICLE);
  const column = (meta.attributes.sourceId as ColumnAttribute)?.columnName ?? 'source_id';
  const publishedAt = (meta.attributes.publishedAt as ColumnAttribute)?.columnName ?? 'published_at';
  const names = sourceIdIndexNames(meta.tableName);
  try {
    await strapi.db.connection.raw(
      `CREATE UNIQUE INDEX IF NOT EXISTS "${names.draft}" ON "${meta.tableName}" ("${column}") WHERE "${publishedAt}" IS NULL`
    );
    await strapi.db.connection.raw(
      `CREATE UNIQUE INDEX IF NOT EXISTS "${names.published}" ON "${meta.tableName}" ("${column}") WHERE "${publishedAt}" IS NOT NULL`
    );
    return undefined;
  } catch (error) {
    return `stories share a sourceId, so the database cannot guard against duplicates (${(error as Error).message})`;
  }
}

/** What knex and the database drivers put on a failed query's error. */
interface DriverError {
  message?: string;
  constraint?: string;
  code?: unknown;
}

/** A lost race: another import wrote the same story between our lookup and our insert. */
export function isSourceIdConflict(error: unknown): boolean {
  const failed = typeof error === 'object' && error !== null ? (error as DriverError) : undefined;
  const text = `${failed?.message ?? ''} ${failed?.constraint ?? ''}`;
  return (
    /source_id/.test(text) && (failed?.code === '23505' || String(failed?.code ?? '').startsWith('SQLITE_CONSTRAINT'))
  );
}
