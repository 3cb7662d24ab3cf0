import type { Client } from 'pg';

/**
 * What a half-finished write would leave behind, read straight from the
 * database: stories without their two body blocks, version rows without a
 * document, documents with more than one draft row.
 */
/** `blocks`: how many body blocks each story has; without it, a story with none is half-written. */
export async function halfWritten(db: Client, titlePrefix: string, blocks?: number) {
  const storiesWithoutBody = await db.query<{ document_id: string; blocks: string }>(
    `SELECT a.document_id, count(c.id) AS blocks
       FROM articles a LEFT JOIN articles_cmps c ON c.entity_id = a.id AND c.field = 'body'
      WHERE a.title LIKE $1
      GROUP BY a.id, a.document_id HAVING ($2::int IS NULL AND count(c.id) = 0) OR count(c.id) <> coalesce($2::int, count(c.id))`,
    [`${titlePrefix}%`, blocks ?? null]
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

/**
 * The plugin's slug counters and the version tables agree with the stories:
 * no two documents share a slug, every `base-N` is at most the counter's last
 * suffix for `base`, and no document's version is above the global counter.
 */
export async function countersConsistent(db: Client, slugBase: string) {
  const shared = await db.query<{ slug: string }>(
    `SELECT slug FROM articles WHERE published_at IS NULL AND slug LIKE $1
      GROUP BY slug HAVING count(DISTINCT document_id) > 1`,
    [`${slugBase}%`]
  );
  const slugs = await db.query<{ slug: string }>('SELECT DISTINCT slug FROM articles WHERE slug = $1 OR slug LIKE $2', [
    slugBase,
    `${slugBase}-%`,
  ]);
  const highest = Math.max(
    0,
    ...slugs.rows.map((row) => (row.slug === slugBase ? 1 : Number(row.slug.slice(slugBase.length + 1)) || 0))
  );
  const counter = await db.query<{ last: number }>(
    `SELECT last FROM newsroom_slug_counters WHERE content_type = 'api::article.article' AND base = $1`,
    [slugBase]
  );
  const versions = await db.query<{ global: string; highest: string | null }>(
    `SELECT (SELECT version FROM newsroom_content_version WHERE id = 1) AS global,
            (SELECT max(version) FROM newsroom_document_versions) AS highest`
  );
  return {
    sharedSlugs: shared.rows.map((row) => row.slug),
    suffixAboveCounter: highest > Number(counter.rows[0]?.last ?? 0) ? highest : 0,
    versionAboveGlobal: Number(versions.rows[0].highest ?? 0) > Number(versions.rows[0].global),
  };
}
