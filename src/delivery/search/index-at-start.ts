import type { Core } from '@strapi/strapi';
import { removeSearchRows, SEARCH_TABLE, searchRowOf, writeSearchRows } from './search-index';
import { publishedForSearch } from './published-for-search';

const BATCH = 200;

/**
 * At start-up, the index is rebuilt when it does not hold what is published: a count that differs
 * or a newest change it has not seen (stories written before search existed, by SQL, or while an
 * index write failed). An up-to-date index costs two small queries.
 */
export async function indexAtStart(strapi: Core.Strapi, uid: string) {
  const knex = strapi.db.connection;
  const model = strapi.getModel(uid as 'api::article.article');
  const table = model.collectionName as string;
  const [published] = await knex(table)
    .whereNotNull('published_at')
    .select(knex.raw('count(*) as count'), knex.raw('max(updated_at) as newest'));
  const [indexed] = await knex(SEARCH_TABLE).select(
    knex.raw('count(*) as count'),
    knex.raw('max(source_updated_at) as newest')
  );
  const newest = published.newest ? new Date(published.newest).toISOString() : null;
  if (Number(published.count) === Number(indexed.count) && newest === (indexed.newest ?? null)) return;

  const started = Date.now();
  const seen = new Set<string>();
  for (let afterId = 0; ;) {
    const stories = await publishedForSearch(strapi, uid, { afterId, limit: BATCH });
    if (stories.length === 0) break;
    await writeSearchRows(strapi, stories.map(searchRowOf));
    for (const story of stories) seen.add(story.documentId);
    afterId = stories[stories.length - 1].id;
  }
  const rows: { document_id: string }[] = await knex(SEARCH_TABLE).distinct('document_id');
  for (const { document_id: documentId } of rows) if (!seen.has(documentId)) await removeSearchRows(strapi, documentId);
  strapi.log.info(`search: indexed ${seen.size} published stories in ${Date.now() - started} ms`);
}
