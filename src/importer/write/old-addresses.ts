/**
 * Keeps where an imported story lived (see api/redirect): each old path
 * leads to one story; a newer export that moves a path to another story
 * moves it. Written with the query engine, inside the story's transaction.
 */
import type { Core } from '@strapi/strapi';
import { OLD_ADDRESS } from '../../api/redirect/resolve-old-address';

export async function rememberOldPaths(strapi: Core.Strapi, documentId: string, paths: string[] | undefined) {
  const query = strapi.db.query(OLD_ADDRESS);
  for (const path of new Set(paths ?? [])) {
    const row = (await query.findOne({ where: { path }, select: ['id', 'articleDocumentId'] })) as {
      id: number;
      articleDocumentId: string;
    } | null;
    if (!row) await query.create({ data: { path, articleDocumentId: documentId } });
    else if (row.articleDocumentId !== documentId)
      await query.update({ where: { id: row.id }, data: { articleDocumentId: documentId } });
  }
}
