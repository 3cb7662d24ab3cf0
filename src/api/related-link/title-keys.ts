import type { Core } from '@strapi/strapi';
import { titleKey } from './title-key';
import { paramsOf, type DocumentMiddleware } from '../../document-middleware';

/**
 * A "Read Also" link finds its story by title, case- and punctuation-blind
 * (title-key.ts). Comparing keys computed in JavaScript meant reading every
 * row whose title merely contained one of the words, which grows with the
 * archive; instead each article and link stores its key in a private,
 * indexed `titleKey` column, written with the title on every write.
 */
const KEYED = ['api::article.article', 'api::related-link.related-link'];
const WRITES = new Set(['create', 'update', 'clone']);

/** Document middleware: the key follows the title; nobody else sets it. */
export const keepTitleKeys = (): DocumentMiddleware => async (ctx, next) => {
  const { data } = paramsOf(ctx);
  if (KEYED.includes(ctx.uid) && WRITES.has(ctx.action) && data && typeof data === 'object') {
    if (typeof data.title === 'string') data.titleKey = titleKey(data.title);
    else delete data.titleKey;
  }
  return next();
};

/** The index, and the key of rows written before the column existed. Idempotent: run at every start. */
export async function ensureTitleKeys(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  for (const uid of KEYED) {
    const meta = strapi.db.metadata.get(uid);
    const table: string = meta.tableName;
    const column: string = (meta.attributes.titleKey as { columnName?: string }).columnName ?? 'title_key';
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${table}_title_key_idx" ON "${table}" ("${column}")`);
    for (;;) {
      const rows: Array<{ id: number; title: string }> = await knex(table)
        .whereNull(column)
        .whereNotNull('title')
        .select('id', 'title')
        .limit(500);
      if (rows.length === 0) break;
      await knex.transaction(async (trx) => {
        for (const row of rows)
          await trx(table)
            .where({ id: row.id })
            .update({ [column]: titleKey(row.title) });
      });
    }
  }
}
