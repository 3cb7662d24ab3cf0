import type { Client } from 'pg';

/**
 * What a half-finished write would leave behind, read straight from the
 * database: stories without their two body blocks, version rows without a
 * document, documents with more than one draft row.
 */
export async function halfWritten(db: Client, titlePrefix: string) {
  const storiesWithoutBody = await db.query<{ document_id: string; blocks: string }>(
    `SELECT a.document_id, count(c.id) AS blocks
       FROM articles a LEFT JOIN articles_cmps c ON c.entity_id = a.id AND c.field = 'body'
      WHERE a.title LIKE $1
      GROUP BY a.id, a.document_id HAVING count(c.id) <> 2`,
    [`${titlePrefix}%`]
  );
  const orphanVersions = await db.query<{ document_id: string }>(
    `SELECT v.document_id FROM newsroom_document_versions v
      WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = v.document_id)
        AND NOT EXISTS (SELECT 1 FROM authors a WHERE a.document_id = v.document_id)
        AND NOT EXISTS (SELECT 1 FROM related_links r WHERE r.document_id = v.document_id)
        AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.document_id = v.document_id)
        AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.document_id = v.document_id)
        AND NOT EXISTS (SELECT 1 FROM files f WHERE f.document_id = v.document_id)`
  );
  const duplicateDrafts = await db.query<{ document_id: string }>(
    `SELECT document_id FROM articles WHERE title LIKE $1 AND published_at IS NULL
      GROUP BY document_id HAVING count(*) > 1`,
    [`${titlePrefix}%`]
  );
  return {
    storiesWithoutBody: storiesWithoutBody.rows,
    orphanVersions: orphanVersions.rows.map((row) => row.document_id),
    duplicateDrafts: duplicateDrafts.rows.map((row) => row.document_id),
  };
}

/** Document ids of the stories whose title starts with the prefix. */
export async function storedStories(db: Client, titlePrefix: string) {
  const rows = await db.query<{ document_id: string; title: string }>(
    'SELECT DISTINCT document_id, title FROM articles WHERE title LIKE $1',
    [`${titlePrefix}%`]
  );
  return rows.rows;
}
