import type { Core } from '@strapi/strapi';
import { indexedText } from './search-tokens';
import { configStored, configsChanged, knownConfigs, rememberConfigStored } from './search-configs';
import { bodyText, type StoryForSearch } from './story-text';

/**
 * The search index: one row per published story (documentId + locale) with its text as our
 * tokeniser made it. PostgreSQL keeps a weighted tsvector (headline A, standfirst B, body C) under a
 * GIN index; SQLite an FTS5 table with the same three columns. The plain text is kept beside it for
 * snippets. The `_v1` in the names is the tokenisation's version: a new one builds a new index.
 */
export const SEARCH_TABLE = 'newsroom_search_v1';
const FTS_TABLE = 'newsroom_search_v1_fts';
const CONFIGS_TABLE = 'newsroom_search_v1_configs';

/** PostgreSQL text-search configurations for a story's language, by the locale's language; else `simple`. */
const LANGUAGE_CONFIGS: Record<string, string> = {
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  hu: 'hungarian',
  it: 'italian',
  nl: 'dutch',
  no: 'norwegian',
  nb: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sv: 'swedish',
  tr: 'turkish',
};
export const configFor = (locale: string | null | undefined) =>
  LANGUAGE_CONFIGS[
    String(locale ?? '')
      .split('-')[0]
      .toLowerCase()
  ] ?? 'simple';

export const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

export async function ensureSearchTables(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const postgres = isPostgres(strapi);
  if (await knex.schema.hasTable(SEARCH_TABLE)) {
    if (postgres) await keepVectorsInRow(knex);
    return;
  }
  try {
    await knex.schema.createTable(SEARCH_TABLE, (table) => {
      table.increments('id');
      table.string('document_id', 64).notNullable();
      table.string('locale', 16).notNullable().defaultTo('');
      table.string('config', 32).notNullable().defaultTo('simple');
      table.text('title').notNullable();
      table.text('summary').notNullable();
      table.text('body').notNullable();
      table.string('author_id', 64);
      table.string('section_id', 64);
      // ' id1 id2 ': a story has a few tags, and one LIKE filters them without a join table.
      table.text('tag_ids').notNullable().defaultTo(' ');
      table.bigInteger('published_ms').notNullable();
      table.string('source_updated_at', 40);
      table.unique(['document_id', 'locale']);
      // A common word is found fastest by walking stories newest first (see searchIndex).
      table.index(['published_ms'], `${SEARCH_TABLE}_published`);
    });
    if (postgres) {
      // vector: all three, under the GIN index; head_vector: headline and standfirst only, small
      // enough to stay in the row, for telling a headline match from a body match cheaply.
      await knex.raw(`ALTER TABLE ${SEARCH_TABLE} ADD COLUMN vector tsvector NOT NULL`);
      await knex.raw(`ALTER TABLE ${SEARCH_TABLE} ADD COLUMN head_vector tsvector NOT NULL`);
      await keepVectorsInRow(knex);
      await knex.raw(`CREATE INDEX ${SEARCH_TABLE}_vector ON ${SEARCH_TABLE} USING GIN (vector)`);
      await knex.raw(`CREATE INDEX ${SEARCH_TABLE}_head_vector ON ${SEARCH_TABLE} USING GIN (head_vector)`);
      await knex.raw(`CREATE TABLE ${CONFIGS_TABLE} (config varchar(32) PRIMARY KEY)`);
    } else {
      // Our tokens arrive space-separated; FTS5 must keep each whole (marks too) and fold nothing more.
      await knex.raw(
        `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(title, summary, body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`
      );
    }
  } catch (error) {
    if (!(await knex.schema.hasTable(SEARCH_TABLE))) throw error; // another process won the race
  }
}

/**
 * A common word's search reads both vectors of every row it walks (a thousand or so). Out of line
 * (TOAST, where PostgreSQL moves values from a row over ~2 kB) each read is a lookup in the TOAST
 * table, three or four buffers; kept in the row, it is not: walking a common word's newest 1 000
 * matches takes a third of the time or less. The body, title and standfirst, only read for the
 * page's hits, go out of line instead. An existing table keeps its rows as they are until they are
 * written again.
 */
async function keepVectorsInRow(knex: Knex) {
  const { rows } = await knex.raw(
    `SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attname IN ('vector', 'head_vector') AND attstorage <> 'm'`,
    [SEARCH_TABLE]
  );
  for (const { attname } of rows as { attname: string }[])
    await knex.raw(`ALTER TABLE ${SEARCH_TABLE} ALTER COLUMN ${attname} SET STORAGE MAIN`);
}

export interface SearchRow {
  documentId: string;
  locale: string;
  config: string;
  title: string;
  summary: string;
  body: string;
  authorId: string | null;
  sectionId: string | null;
  tagIds: string;
  publishedMs: number;
  sourceUpdatedAt: string | null;
}

export const searchRowOf = (story: StoryForSearch): SearchRow => ({
  documentId: story.documentId,
  locale: story.locale ?? '',
  config: configFor(story.locale),
  title: story.title ?? '',
  summary: story.summary ?? '',
  body: bodyText(story.body),
  authorId: story.author?.documentId ?? null,
  sectionId: story.section?.documentId ?? null,
  tagIds: ` ${(story.tags ?? []).map((t) => t.documentId).join(' ')} `,
  publishedMs: Date.parse(story.firstPublishedAt ?? story.publishedAt ?? '') || 0,
  sourceUpdatedAt: story.updatedAt ? new Date(story.updatedAt).toISOString() : null,
});

type Knex = Core.Strapi['db']['connection'];

/** Writes (or replaces) rows of the index, in the caller's transaction if it gives one. */
export async function writeSearchRows(strapi: Core.Strapi, rows: SearchRow[], knex: Knex = strapi.db.connection) {
  const postgres = isPostgres(strapi);
  for (const row of rows) {
    const values = {
      document_id: row.documentId,
      locale: row.locale,
      config: row.config,
      title: row.title,
      summary: row.summary,
      body: row.body,
      author_id: row.authorId,
      section_id: row.sectionId,
      tag_ids: row.tagIds,
      published_ms: row.publishedMs,
      source_updated_at: row.sourceUpdatedAt,
    };
    const [title, summary, body] = [row.title, row.summary, row.body].map(indexedText);
    if (postgres) {
      const head = `setweight(to_tsvector(?::regconfig, ?), 'A') || setweight(to_tsvector(?::regconfig, ?), 'B')`;
      const headBindings = [row.config, title, row.config, summary];
      const vector = knex.raw(`${head} || setweight(to_tsvector(?::regconfig, ?), 'C')`, [
        ...headBindings,
        row.config,
        body,
      ]);
      // The configuration first: a search that sees the row then also sees its configuration.
      const root = strapi.db.connection;
      if (row.config !== 'simple' && !configStored(root, row.config)) {
        await knex.raw(`INSERT INTO ${CONFIGS_TABLE} (config) VALUES (?) ON CONFLICT DO NOTHING`, [row.config]);
        if (knex === root) rememberConfigStored(root, row.config);
      }
      await knex(SEARCH_TABLE)
        .insert({ ...values, vector, head_vector: knex.raw(head, headBindings) })
        .onConflict(['document_id', 'locale'])
        .merge();
    } else {
      const [{ id }] = await knex(SEARCH_TABLE)
        .insert(values)
        .onConflict(['document_id', 'locale'])
        .merge()
        .returning('id');
      await knex(FTS_TABLE).where({ rowid: id }).delete();
      await knex(FTS_TABLE).insert({ rowid: id, title, summary, body });
    }
  }
}

/** Removes a document's rows, of all its locales but those in `keep`. */
export async function removeSearchRows(
  strapi: Core.Strapi,
  documentId: string,
  keep: string[] = [],
  knex: Knex = strapi.db.connection
) {
  const gone = await knex(SEARCH_TABLE).where({ document_id: documentId }).whereNotIn('locale', keep).select('id');
  if (gone.length === 0) return;
  const ids = gone.map((row: { id: number }) => row.id);
  if (!isPostgres(strapi)) await knex(FTS_TABLE).whereIn('rowid', ids).delete();
  await knex(SEARCH_TABLE).whereIn('id', ids).delete();
}

export interface SearchFilters {
  authorId?: string;
  sectionId?: string;
  tagId?: string;
}

export interface SearchHit {
  documentId: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
}

/**
 * Ranking reads a story's whole vector, and a common word matches most of the archive, so only
 * candidates are ranked. They come from the newest MAX_COUNTED matches, the ones counted for the
 * total: the newest RANKED_WINDOW of them, and the newest RANKED_WINDOW of them that match in the
 * headline or standfirst (for a deeper page, as many as it needs). The database finds those matches
 * in one go, from the GIN index (a rare word) or by walking stories newest first (a common one).
 */
export const RANKED_WINDOW = 100;

/** Counting stops here, as search engines do (Elasticsearch's track_total_hits): `total` is at most this. */
export const MAX_COUNTED = 1_000;

/**
 * One page of matches and their total (up to MAX_COUNTED). Every token must match. Order among the
 * candidates: a headline holding every token first, then a standfirst, then the rest, each tier by
 * the database's relevance (ts_rank, bm25), then newest first. Both databases follow the same rule,
 * so they agree on everything but ties of relevance.
 */
export async function searchIndex(
  strapi: Core.Strapi,
  tokens: string[],
  filters: SearchFilters,
  page: { start: number; limit: number }
): Promise<{ hits: SearchHit[]; total: number }> {
  if (tokens.length === 0) return { hits: [], total: 0 };
  const knex = strapi.db.connection;
  const where: [string, unknown][] = [];
  if (filters.authorId) where.push(['s.author_id = ?', filters.authorId]);
  if (filters.sectionId) where.push(['s.section_id = ?', filters.sectionId]);
  if (filters.tagId) where.push(['s.tag_ids LIKE ?', `% ${filters.tagId} %`]);
  const whereBindings = where.map(([, value]) => value);
  const filtered = where.map(([clause]) => ` AND ${clause}`).join('');
  const window = Math.max(RANKED_WINDOW, page.start + page.limit);
  const columns = 's.document_id, s.locale, s.title, s.summary, s.body';
  const run = async (sql: string, bindings: unknown[]) => {
    const result = await knex.raw(sql, bindings as never[]);
    return (Array.isArray(result) ? result : result.rows) as Record<string, string>[];
  };

  if (isPostgres(strapi)) return searchPostgres(strapi, tokens, { filtered, whereBindings, window, page });

  const fts = (columnFilter = '') => `${columnFilter}(${tokens.map((t) => `"${t}"`).join(' AND ')})`;
  // FTS5 takes MATCH and bm25() on its table's own name, not on an alias.
  const matching = `FROM ${FTS_TABLE} JOIN ${SEARCH_TABLE} s ON s.id = ${FTS_TABLE}.rowid WHERE ${FTS_TABLE} MATCH ?${filtered}`;
  const inColumns = `s.id IN (SELECT rowid FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?)`;
  const newest = (which: string) =>
    `SELECT id FROM (SELECT id FROM matched${which} ORDER BY published_ms DESC LIMIT ?)`;
  const [hits, counted] = await Promise.all([
    run(
      `WITH matched AS MATERIALIZED (SELECT s.id AS id, s.published_ms AS published_ms, ${inColumns} AS in_head
         ${matching} ORDER BY s.published_ms DESC LIMIT ?)
       SELECT ${columns} ${matching} AND s.id IN (${newest('')} UNION ${newest(' WHERE in_head')})
       ORDER BY CASE WHEN ${inColumns} THEN 2 WHEN ${inColumns} THEN 1 ELSE 0 END DESC,
         bm25(${FTS_TABLE}, 10.0, 4.0, 1.0), s.published_ms DESC, s.document_id
       LIMIT ? OFFSET ?`,
      [
        fts('{title summary} : '),
        fts(),
        ...whereBindings,
        Math.max(MAX_COUNTED, window),
        fts(),
        ...whereBindings,
        window,
        window,
        fts('title : '),
        fts('{title summary} : '),
        page.limit,
        page.start,
      ]
    ),
    run(`SELECT count(*) AS total FROM (SELECT 1 ${matching} LIMIT ?)`, [fts(), ...whereBindings, MAX_COUNTED]),
  ]);
  return { hits: hits.map(hitOf), total: Number(counted[0]?.total ?? 0) };
}

const hitOf = (row: Record<string, string>): SearchHit => ({
  documentId: row.document_id,
  locale: row.locale,
  title: row.title,
  summary: row.summary,
  body: row.body,
});

type Rows = Record<string, string>[];

/**
 * PostgreSQL answers a search in one statement, one round trip: the page of hits, the total and the
 * configurations in use (see search-configs.ts). A round trip costs both processes far more CPU than
 * the count or the list; the statement always returns one row, with null hit columns if nothing matched.
 */
async function searchPostgres(
  strapi: Core.Strapi,
  tokens: string[],
  where: { filtered: string; whereBindings: unknown[]; window: number; page: { start: number; limit: number } }
): Promise<{ hits: SearchHit[]; total: number }> {
  const knex = strapi.db.connection;
  const { filtered, whereBindings, window, page } = where;
  const configs = ['simple', ...knownConfigs(knex)];
  // Tokens are letters, marks and digits only: quoted, they are lexemes, never tsquery syntax.
  const query = (weights = '') => tokens.map((t) => `'${t}'${weights}`).join(' & ');
  // One branch per configuration in use, each a GIN lookup; a story matches under its own.
  const matches = (column: string, q: string) => ({
    sql: `(${configs.map((c) => `(s.config = '${c}' AND s.${column} @@ to_tsquery('${c}', ?))`).join(' OR ')})`,
    bindings: configs.map(() => q),
  });
  const all = matches('vector', query());
  const head = matches('head_vector', query());
  const inTitle = matches('head_vector', query(':A'));
  const inHead = matches('head_vector', query(':AB'));
  // The newest matches, found once for the total and the candidates (see RANKED_WINDOW). For a common
  // word that is one walk of the published_ms index, which reads each row once and from shared
  // buffers (a sequential scan of a table this size reads through a small ring of them, and so from
  // the OS's cache each time: about 3× slower).
  const newest = (which: string) => `(SELECT id FROM matched${which} ORDER BY published_ms DESC LIMIT ?)`;
  const result = await knex.raw(
    `WITH matched AS MATERIALIZED (SELECT s.id, s.published_ms, ${head.sql} AS in_head
       FROM ${SEARCH_TABLE} s WHERE ${all.sql}${filtered} ORDER BY s.published_ms DESC LIMIT ?),
     candidates AS (${newest('')} UNION ${newest(' WHERE in_head')}),
     hits AS (
       SELECT s.document_id, s.locale, s.title, s.summary, s.body, s.published_ms,
         CASE WHEN ${inTitle.sql} THEN 2 WHEN ${inHead.sql} THEN 1 ELSE 0 END AS tier,
         ts_rank('{0.05, 0.1, 0.4, 1.0}', s.vector, to_tsquery(s.config::regconfig, ?)) AS relevance
       FROM candidates c JOIN ${SEARCH_TABLE} s ON s.id = c.id
       ORDER BY tier DESC, relevance DESC, s.published_ms DESC, s.document_id
       OFFSET ? LIMIT ?)
     SELECT h.*,
       (SELECT least(count(*), ?) FROM matched) AS total,
       (SELECT coalesce(string_agg(config, ' ' ORDER BY config), '') FROM ${CONFIGS_TABLE}) AS configs
     FROM (SELECT 1) one LEFT JOIN hits h ON true
     ORDER BY h.tier DESC, h.relevance DESC, h.published_ms DESC, h.document_id`,
    [
      ...head.bindings,
      ...all.bindings,
      ...whereBindings,
      Math.max(MAX_COUNTED, window),
      window,
      window,
      ...inTitle.bindings,
      ...inHead.bindings,
      query(),
      page.start,
      page.limit,
      MAX_COUNTED,
    ] as never[]
  );
  const rows = (result as { rows: Rows }).rows;
  if (configsChanged(knex, configs.slice(1), rows[0].configs)) return searchPostgres(strapi, tokens, where);
  return {
    hits: rows.filter((row) => row.document_id !== null).map(hitOf),
    total: Number(rows[0].total),
  };
}
