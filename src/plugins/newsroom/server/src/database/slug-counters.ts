import type { Core } from '@strapi/strapi';

/**
 * One row per (content type, base slug) holding the last suffix handed out,
 * so the next `title-N` costs one upsert however often a title repeats,
 * instead of a scan over every earlier `title-N`. The counter only proposes;
 * the unique indexes decide (see slug-indexes.ts). A localized type counts per
 * locale: its `content_type` key is `uid@locale`.
 */
export const COUNTERS_TABLE = 'newsroom_slug_counters';

export async function ensureCountersTable(strapi: Core.Strapi) {
  const schema = strapi.db.connection.schema;
  if (await schema.hasTable(COUNTERS_TABLE)) return;
  try {
    await schema.createTable(COUNTERS_TABLE, (table) => {
      table.string('content_type', 255).notNullable();
      table.string('base', 255).notNullable();
      table.integer('last').notNullable();
      table.primary(['content_type', 'base']);
    });
  } catch (error) {
    // Another process created it between our check and our create.
    if (!(await schema.hasTable(COUNTERS_TABLE))) throw error;
  }
}

type RawResult = Array<{ last: number | string }> | { rows?: Array<{ last: number | string }> };
const firstRow = (result: RawResult) => (Array.isArray(result) ? result[0] : result?.rows?.[0]);

const scope = (uid: string, locale?: string) => (locale ? `${uid}@${locale}` : uid);

/** Atomically takes the next suffix number for `base` (1 means "no suffix"). */
export async function takeNextSuffix(strapi: Core.Strapi, uid: string, base: string, locale?: string): Promise<number> {
  const sql =
    `INSERT INTO ${COUNTERS_TABLE} (content_type, base, last) VALUES (?, ?, 1) ` +
    `ON CONFLICT (content_type, base) DO UPDATE SET last = ${COUNTERS_TABLE}.last + 1 ` +
    `RETURNING last`;
  // Inside a caller's transaction the upsert must use that transaction:
  // SQLite has a single connection, which the transaction holds.
  const row = await strapi.db.transaction(({ trx }) => trx.raw(sql, [scope(uid, locale), base]).then(firstRow));
  return Number(row?.last);
}

/** The last suffix handed out for `base`, 0 when none. */
export async function peekLastSuffix(strapi: Core.Strapi, uid: string, base: string, locale?: string): Promise<number> {
  const row = await strapi.db
    .connection(COUNTERS_TABLE)
    .where({ content_type: scope(uid, locale), base })
    .first('last');
  return row ? Number(row.last) : 0;
}
