/**
 * Keeps where an imported story lived (see api/redirect): each old path
 * leads to one story; a newer export that moves a path to another story
 * moves it. Written with the query engine, inside the story's transaction;
 * one lookup for all of a story's paths, a write only for what changed.
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
  for (const path of wanted) {
    const row = known.get(path);
    if (!row) await query.create({ data: { path, articleDocumentId: documentId } });
    else if (row.articleDocumentId !== documentId)
      await query.update({ where: { id: row.id }, data: { articleDocumentId: documentId } });
  }
}
