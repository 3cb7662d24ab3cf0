import type { Core } from '@strapi/strapi';
import { columnOf, fromColumn, type ModelMeta } from './column-values';
import type { StoryForSearch } from './story-text';

const TEXT_BLOCK = 'article.text';
const SCALARS = ['documentId', 'locale', 'title', 'summary', 'firstPublishedAt', 'publishedAt', 'updatedAt'] as const;
const RELATIONS = ['author', 'section', 'tags'] as const;

type Row = Record<string, unknown>;

/** One story's published versions, or a batch of all published rows in id order, after `afterId`. */
export type SearchScope = { documentId: string } | { afterId: number; limit: number };

/**
 * Published story rows (a story has one a locale) as search indexes them, read by three SQL queries:
 * the rows, the documentIds they relate to, and the text blocks of their bodies. The query engine's
 * populate of the same took six queries and ~8 ms of a story's ~80 ms write; this is a write's whole
 * cost of keeping the index, so it is read the cheap way. Tables and columns come from Strapi's
 * metadata. The rebuild at start-up reads through here too, so both index a story alike.
 */
export async function publishedForSearch(strapi: Core.Strapi, uid: string, scope: SearchScope) {
  const knex = strapi.db.connection;
  const meta = strapi.db.metadata.get(uid as 'api::article.article') as unknown as ModelMeta;
  const query = knex(meta.tableName)
    .whereNotNull(columnOf(meta, 'publishedAt'))
    .select(['id', ...SCALARS.map((name) => `${columnOf(meta, name)} as ${name}`)]);
  if ('documentId' in scope) query.where(columnOf(meta, 'documentId'), scope.documentId);
  else query.where('id', '>', scope.afterId).orderBy('id').limit(scope.limit);
  const rows: Row[] = await query;
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id as number);

  const related = RELATIONS.map((name) => {
    const { joinTable, target } = meta.attributes[name] ?? {};
    if (!joinTable?.inverseJoinColumn || !target) throw new Error(`search: ${uid}.${name} is not a relation`);
    const targetMeta = strapi.db.metadata.get(target as 'api::tag.tag') as unknown as ModelMeta;
    return knex(`${joinTable.name} as l`)
      .join(`${targetMeta.tableName} as t`, 't.id', `l.${joinTable.inverseJoinColumn.name}`)
      .whereIn(`l.${joinTable.joinColumn.name}`, ids)
      .select(knex.raw('? as relation', [name]), `l.${joinTable.joinColumn.name} as owner`, {
        documentId: `t.${columnOf(targetMeta, 'documentId')}`,
      });
  });
  const body = meta.attributes.body?.joinTable;
  if (!body?.morphColumn) throw new Error(`search: ${uid}.body is not a dynamic zone`);
  const text = strapi.db.metadata.get(TEXT_BLOCK as 'api::tag.tag') as unknown as ModelMeta;
  const [links, blocks]: [Row[], Row[]] = await Promise.all([
    related[0].unionAll(related.slice(1)),
    knex(`${body.name} as c`)
      .join(`${text.tableName} as b`, 'b.id', `c.${body.morphColumn.idColumn.name}`)
      .whereIn(`c.${body.joinColumn.name}`, ids)
      .where('c.field', 'body')
      .where(`c.${body.morphColumn.typeColumn.name}`, TEXT_BLOCK)
      .orderBy([`c.${body.joinColumn.name}`, 'c.order'])
      .select(`c.${body.joinColumn.name} as owner`, { content: `b.${columnOf(text, 'content')}` }),
  ]);

  const byOwner = <T>(items: Row[], value: (item: Row) => T) => {
    const grouped = new Map<unknown, T[]>();
    for (const item of items) grouped.set(item.owner, [...(grouped.get(item.owner) ?? []), value(item)]);
    return grouped;
  };
  const linksOf = byOwner(links, (link) => ({ relation: link.relation, documentId: String(link.documentId) }));
  const blocksOf = byOwner(blocks, (block) => ({
    __component: TEXT_BLOCK,
    content: fromColumn(text.attributes.content?.type, block.content),
  }));

  return rows.map((row): StoryForSearch & { id: number } => {
    const own = (name: string) =>
      (linksOf.get(row.id) ?? []).filter((link) => link.relation === name).map(({ documentId }) => ({ documentId }));
    const story: Row = {};
    for (const name of SCALARS) story[name] = fromColumn(meta.attributes[name]?.type, row[name]);
    return {
      ...(story as unknown as StoryForSearch),
      id: row.id as number,
      author: own('author')[0] ?? null,
      section: own('section')[0] ?? null,
      tags: own('tags'),
      body: blocksOf.get(row.id) ?? [],
    };
  });
}
