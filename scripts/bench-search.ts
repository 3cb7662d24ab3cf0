/**
 * npm run bench:search — a benchmark, not a test: it prints figures.
 *
 * Two Strapi processes on two throwaway PostgreSQL databases, one keeping the search index
 * (the default) and one started with SEARCH_INDEX=false. Each gets --stories published stories
 * (default 100 000) inserted in bulk by SQL, and the indexed one their search rows, built from
 * generated text with the app's own tokeniser and to_tsvector, as the write path builds them.
 * Then:
 *   - search latency at the origin (autocannon): a common word, two common words, a rare word, a
 *     common word's 10th page, a Chinese bigram;
 *   - what the index adds to a write: published stories created over REST one at a time, after a
 *     warm-up, alternating between the two processes write by write, mean and p50 per write.
 *
 *   tsx scripts/bench-search.ts [--stories 100000] [--writes 400] [--duration 10] [--connections 4] [--keep]
 *
 * --keep leaves both databases in place (their names are printed), for EXPLAIN or a rerun by hand.
 */
import autocannon from 'autocannon';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import { bootAdmin } from './support/admin-session';
import { appRoot, compileApp } from './support/compile-app';
import { seededRandom, WORDS } from './support/generated-text';
import { numberOption } from './support/number-option';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { startStrapi, type RunningStrapi } from './support/strapi-process';
import { indexedText } from '../src/delivery/search/search-tokens';
import { SEARCH_TABLE } from '../src/delivery/search/search-index';

const STORIES = numberOption('stories', 100_000);
const WRITES = numberOption('writes', 400);
/** A process just started writes slower for its first few dozen writes (V8 is still compiling). */
const WARM_UP_WRITES = 40;
const DURATION = numberOption('duration', 10);
const CONNECTIONS = numberOption('connections', 4);
const KEEP = process.argv.includes('--keep');
const BATCH = 1000;
const HAN = '北京上海政府经济市场发展会议国家城市人民公司学校医院交通';

const random = seededRandom(42);
const pickWord = () => WORDS[Math.floor(random() * WORDS.length)];
const sentence = (n: number) => Array.from({ length: n }, pickWord).join(' ');
/** One rare word in ten thousand variants, so each finds about STORIES / 10 000 stories. */
const rareWord = (i: number) => `zeta${(i * 7919) % 10_000}`;
const chinese = (n: number) => Array.from({ length: n }, () => HAN[Math.floor(random() * HAN.length)]).join('');

/** Copies the first published story `count` times by SQL: the rows Strapi would have written, fast. */
async function bulkArticles(db: Client, count: number) {
  const { rows } = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' AND column_name <> 'id'`
  );
  const replace: Record<string, string> = {
    document_id: `'bench' || lpad(g::text, 19, '0')`,
    slug: `'bench-story-' || g`,
    title: `'Bench story ' || g || ' on the ' || (ARRAY['budget','river','school','vote'])[1 + g % 4]`,
    source_id: 'NULL',
    title_key: 'NULL',
    published_at: `now() - (g || ' minutes')::interval`,
    first_published_at: `now() - (g || ' minutes')::interval`,
  };
  const columns = rows.map((r) => r.column_name);
  const select = columns.map((c) => replace[c] ?? `t.${c}`);
  await db.query(
    `INSERT INTO articles (${columns.join(', ')}) SELECT ${select.join(', ')} FROM (SELECT * FROM articles WHERE published_at IS NOT NULL ORDER BY id LIMIT 1) t, generate_series(1, ${count}) g`
  );
}

/** The search rows of those stories: generated bodies, tokenised as the write path does. */
async function bulkIndex(db: Client, count: number) {
  const started = Date.now();
  for (let from = 1; from <= count; from += BATCH) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let g = from; g < Math.min(from + BATCH, count + 1); g++) {
      const title = `Bench story ${g} on the ${['budget', 'river', 'school', 'vote'][g % 4]}`;
      const summary = sentence(20);
      const cjk = g % 20 === 0 ? ` ${chinese(60)}` : '';
      const body = `${sentence(150)} ${rareWord(g)} ${sentence(150)}${cjk}`;
      const p = values.length;
      values.push(`bench${String(g).padStart(19, '0')}`, title, summary, body, Date.now() - g * 60_000);
      values.push(indexedText(title), indexedText(summary), indexedText(body));
      tuples.push(
        `($${p + 1}, '', 'simple', $${p + 2}, $${p + 3}, $${p + 4}, ' ', $${p + 5}, setweight(to_tsvector('simple', $${p + 6}), 'A') || setweight(to_tsvector('simple', $${p + 7}), 'B') || setweight(to_tsvector('simple', $${p + 8}), 'C'), setweight(to_tsvector('simple', $${p + 6}), 'A') || setweight(to_tsvector('simple', $${p + 7}), 'B'))`
      );
    }
    await db.query(
      `INSERT INTO ${SEARCH_TABLE} (document_id, locale, config, title, summary, body, tag_ids, published_ms, vector, head_vector) VALUES ${tuples.join(', ')}`,
      values
    );
    if ((from - 1) % 20_000 === 0 && from > 1)
      console.log(`  indexed ${from - 1} (${Math.round((from - 1) / ((Date.now() - started) / 1000))}/s)`);
  }
  // As autovacuum soon would: merges the GIN indexes' pending lists, which a scan otherwise reads whole.
  await db.query(`VACUUM ANALYZE ${SEARCH_TABLE}`);
  return Date.now() - started;
}

async function load(name: string, url: string, pathFor: () => string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (request) => ({ ...request, path: pathFor() }) }],
  });
  return {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

async function timedWrite(server: RunningStrapi, token: string, i: number) {
  const started = process.hrtime.bigint();
  const response = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      data: {
        title: `Written story ${i} ${sentence(4)}`,
        summary: sentence(20),
        body: [
          {
            __component: 'article.text',
            content: [1, 2, 3].map(() => ({ type: 'paragraph', children: [{ type: 'text', text: sentence(100) }] })),
          },
        ],
      },
    }),
  });
  if (!response.ok) throw new Error(`write: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function main() {
  compileApp();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-search-'));
  const names = { indexed: `newsroom_bench_search_${process.pid}`, plain: `newsroom_bench_nosearch_${process.pid}` };
  await createDatabase(names.indexed);
  await createDatabase(names.plain);
  const servers: RunningStrapi[] = [];
  const clients: Client[] = [];
  try {
    const start = (db: string, extra: Record<string, string>) =>
      startStrapi({
        root: appRoot,
        env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(db), STRAPI_LOG_LEVEL: 'error', ...extra },
        logFile: path.join(work, `${db}.log`),
      });
    const indexed = await start(names.indexed, {});
    servers.push(indexed);
    const plain = await start(names.plain, { SEARCH_INDEX: 'false' });
    servers.push(plain);
    const tokens = { indexed: (await bootAdmin(indexed.url)).apiToken, plain: (await bootAdmin(plain.url)).apiToken };

    for (const db of [names.indexed, names.plain]) {
      const client = new Client({ connectionString: postgresUrl(db) });
      await client.connect();
      clients.push(client);
    }
    const [indexedDb, plainDb] = clients;
    console.log(`Inserting ${STORIES} published stories by SQL into both databases…`);
    await bulkArticles(indexedDb, STORIES);
    await bulkArticles(plainDb, STORIES);
    console.log(`Indexing them (generated bodies of ~320 words, 5% with Chinese)…`);
    const indexMs = await bulkIndex(indexedDb, STORIES);
    const { rows: size } = await indexedDb.query<{ table: string; gin: string }>(
      `SELECT pg_size_pretty(pg_total_relation_size('${SEARCH_TABLE}')) AS table, pg_size_pretty(pg_relation_size('${SEARCH_TABLE}_vector')) AS gin`
    );
    console.log(
      `  ${STORIES} search rows in ${(indexMs / 1000).toFixed(1)} s; table with indexes ${size[0].table}, GIN ${size[0].gin}`
    );

    const total = async (q: string) =>
      (
        (await (await fetch(`${indexed.url}/api/search?q=${encodeURIComponent(q)}`)).json()) as {
          meta: { pagination: { total: number } };
        }
      ).meta.pagination.total;
    console.log(
      `matches: "minister" ${await total('minister')}, "minister plan" ${await total('minister plan')}, "${rareWord(1)}" ${await total(rareWord(1))}, "北京" ${await total('北京')}`
    );

    console.log(`Search load: ${CONNECTIONS} connections, ${DURATION} s each`);
    await load('warm-up', indexed.url, () => '/api/search?q=minister');
    let rare = 0;
    const results = [
      await load('common word (minister)', indexed.url, () => '/api/search?q=minister'),
      await load('two common words (minister plan)', indexed.url, () => '/api/search?q=minister%20plan'),
      await load('rare word (zeta<n>, ~10 stories)', indexed.url, () => `/api/search?q=${rareWord(rare++)}`),
      await load('common word, page 10', indexed.url, () => '/api/search?q=minister&pagination[page]=10'),
      await load('Chinese bigram (北京)', indexed.url, () => `/api/search?q=${encodeURIComponent('北京')}`),
      await load('GET /_health (the HTTP stack)', indexed.url, () => '/_health'),
    ];
    console.table(
      results.map((r) => ({
        query: r.name,
        'req/s': r.rps,
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        requests: r.requests,
        errors: r.errors,
      }))
    );

    console.log(
      `Writes: ${WRITES} published stories on each process after ${WARM_UP_WRITES} to warm up, one at a time, alternating write by write`
    );
    const times = { indexed: [] as number[], plain: [] as number[] };
    for (let i = 0; i < WARM_UP_WRITES; i++) {
      await timedWrite(indexed, tokens.indexed, -1 - i);
      await timedWrite(plain, tokens.plain, -1 - i);
    }
    // Each pair in turn starts with the other process, so neither always writes right after the other.
    for (let i = 0; i < WRITES; i++) {
      const pair = [
        async () => times.indexed.push(await timedWrite(indexed, tokens.indexed, i)),
        async () => times.plain.push(await timedWrite(plain, tokens.plain, i)),
      ];
      for (const write of i % 2 ? pair.reverse() : pair) await write();
    }
    console.table([
      {
        process: 'search index kept',
        'mean ms': mean(times.indexed).toFixed(1),
        'p50 ms': median(times.indexed).toFixed(1),
      },
      {
        process: 'SEARCH_INDEX=false',
        'mean ms': mean(times.plain).toFixed(1),
        'p50 ms': median(times.plain).toFixed(1),
      },
    ]);
    console.log(
      `write with index / without: mean ${(mean(times.indexed) / mean(times.plain)).toFixed(2)}×, p50 ${(median(times.indexed) / median(times.plain)).toFixed(2)}× (target ≤ 1.1×)`
    );
  } finally {
    for (const client of clients) await client.end();
    for (const server of servers) await server.stop();
    if (KEEP) console.log(`kept databases: ${names.indexed}, ${names.plain}`);
    else {
      await dropDatabase(names.indexed);
      await dropDatabase(names.plain);
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
