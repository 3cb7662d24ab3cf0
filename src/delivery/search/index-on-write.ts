import type { Core } from '@strapi/strapi';
import { paramsOf, type ActionResult, type DocumentMiddleware } from '../../document-middleware';
import { removeSearchRows, searchRowOf, writeSearchRows } from './search-index';
import { publishedForSearch } from './published-for-search';
import { contentTypeSchema } from '../edge/loose-schemas';

const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);
/** Writes that change only a draft unless they are asked to publish too. */
const DRAFT_WRITES = new Set(['create', 'update']);

/** Index a story as it is published now: its published versions in, every other row of it out. */
export async function reindexStory(strapi: Core.Strapi, uid: string, documentId: string) {
  const rows = (await publishedForSearch(strapi, uid, { documentId })).map(searchRowOf);
  await writeSearchRows(strapi, rows);
  await removeSearchRows(
    strapi,
    documentId,
    rows.map((row) => row.locale)
  );
}

/**
 * Document middleware: after any write of a searchable story, its index rows follow what is
 * published, once the write has committed (a rolled-back import leaves the index as it was, and an
 * uncommitted story is never read from outside its transaction).
 */
export const indexOnWrite =
  (strapi: Core.Strapi, uid: string): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== uid || !WRITES.has(ctx.action)) return next();
    // Saving a draft leaves the published version, all the index holds, as it was (an import of
    // drafts is thousands of these).
    const draftOnly =
      DRAFT_WRITES.has(ctx.action) &&
      paramsOf(ctx).status !== 'published' &&
      Boolean(contentTypeSchema(strapi, ctx.uid)?.options?.draftAndPublish);
    if (draftOnly) return next();
    const result = await next();
    const documentId = paramsOf(ctx).documentId ?? (result as ActionResult)?.documentId;
    if (!documentId) return result;
    const reindex = () =>
      reindexStory(strapi, uid, documentId).catch((error: unknown) =>
        strapi.log.error(`search: could not index ${documentId}: ${String(error)}`)
      );
    if (strapi.db.inTransaction()) await strapi.db.transaction(({ onCommit }) => onCommit(reindex));
    else await reindex();
    return result;
  };
