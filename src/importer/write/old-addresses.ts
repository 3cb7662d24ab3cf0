/**
 * Keeps where an imported story lived (see api/redirect): each old path
 * leads to one story; a newer export that moves a path to another story
 * moves it. Written with the query engine, inside the story's transaction;
 * one lookup for all of a story's paths, one insert for the new ones.
 */
import type { Core } from '@strapi/strapi';
import { OLD_ADDRESS } from '../../api/redirect/resolve-old-address';

interface OldAddressRow {
  id: number;
  path: string;
  articleDocumentId: string;
}

export async function rememberOldPaths(strapi: Core.Strapi, documentId: string, paths: string[] | undefined) {
  const wanted = [...new Set(paths ?? [])];
  if (!wanted.length) return;
  const query = strapi.db.query(OLD_ADDRESS);
  const rows = (await query.findMany({
    where: { path: { $in: wanted } },
    select: ['id', 'path', 'articleDocumentId'],
  })) as OldAddressRow[];
  const known = new Map(rows.map((row) => [row.path, row]));
  const added = wanted.filter((path) => !known.has(path));
  // One insert for all of them: the query engine's create reads each row back, which nothing here needs.
  if (added.length) await query.createMany({ data: added.map((path) => ({ path, articleDocumentId: documentId })) });
  for (const row of rows) {
    if (row.articleDocumentId !== documentId)
      await query.updateMany({ where: { id: row.id }, data: { articleDocumentId: documentId } });
  }
}
