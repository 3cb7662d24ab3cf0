/**
 * npm run bench:read — a benchmark, not a test: it prints figures.
 *
 * On a throwaway PostgreSQL database with 10 000 published stories, measures
 * with one HTTP load tool (autocannon) in one run:
 *   - GET /_health, the ceiling of Strapi's HTTP stack on this machine;
 *   - the stock route, GET /api/articles?filters[slug][$eq]=…&populate=…,
 *     populated to return the same data as the by-slug route;
 *   - GET /api/articles/slug/:slug.
 * Then checks that an edit and a publish are visible at once (no stale page).
 *
 *   tsx scripts/bench-read.ts [--stories 10000] [--duration 15] [--connections 10]
 */
import autocannon from 'autocannon';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from './support/admin-session';
import { numberOption } from './support/number-option';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { startStrapi } from './support/strapi-process';
import { seedStories, type Created } from './support/seed-stories';

const root = path.resolve(__dirname, '..');
const STORIES = numberOption('stories', 10_000);
const DURATION = numberOption('duration', 15);
const CONNECTIONS = numberOption('connections', 10);

const STOCK_POPULATE = [
  'populate[cover]=true',
  'populate[author][populate][avatar]=true',
  'populate[author][populate][links]=true',
  'populate[body][on][article.text]=true',
  'populate[body][on][article.image][populate][image]=true',
  'populate[body][on][article.read-also][populate][link][populate][article][fields][0]=title',
  'populate[body][on][article.read-also][populate][link][populate][article][fields][1]=slug',
  'populate[body][on][article.read-also][populate][link][populate][article][fields][2]=publishedAt',
].join('&');

/** What this script reads of a story answer (by-slug or stock, populated). */
interface StoryAnswer {
  documentId: string;
  summary: string | null;
  body: Array<{ content?: unknown; link?: { title: string } | null }>;
}

async function load(name: string, url: string, pathFor: () => string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (request) => ({ ...request, path: pathFor() }) }],
  });
  const errors = result.errors + result.non2xx;
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors,
  };
}

async function staleCheck(url: string, token: string, slug: string) {
  const get = async () =>
    ((await (await fetch(`${url}/api/articles/slug/${slug}`)).json()) as { data: StoryAnswer | null }).data;
  await get();
  const [{ documentId }] = (
    (await (await fetch(`${url}/api/articles?filters[slug][$eq]=${slug}`)).json()) as { data: Created[] }
  ).data;
  const marker = `Edited at ${Date.now()}`;
  await fetch(`${url}/api/articles/${documentId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { summary: marker } }),
  });
  const afterEdit = (await get())?.summary === marker;
  await fetch(`${url}/api/articles/${documentId}?status=draft`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { summary: `${marker} (draft)` } }),
  });
  const draftHidden = (await get())?.summary === marker;
  await fetch(`${url}/api/articles/${documentId}?status=published`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: {} }),
  });
  const afterPublish = (await get())?.summary === `${marker} (draft)`;
  return { afterEdit, draftHidden, afterPublish };
}

async function main() {
  if (
    spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root,
      stdio: 'inherit',
    }).status !== 0
  ) {
    throw new Error('TypeScript compilation failed');
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-read-'));
  const dbName = `newsroom_bench_${process.pid}_${Date.now()}`;
  await createDatabase(dbName);
  const server = await startStrapi({
    root,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: postgresUrl(dbName),
      NEWSROOM_SEED: 'false',
      STRAPI_LOG_LEVEL: 'error',
    },
    logFile: path.join(work, 'strapi.log'),
  });
  try {
    const { apiToken } = await bootAdmin(server.url);
    console.log(`Seeding ${STORIES} stories into PostgreSQL (${dbName})…`);
    const slugs = await seedStories(server.url, apiToken, STORIES);
    const pick = () => slugs[Math.floor(Math.random() * slugs.length)];

    // Same answers? The by-slug route and the stock query must return the same story.
    const probe = pick();
    const bySlug = ((await (await fetch(`${server.url}/api/articles/slug/${probe}`)).json()) as { data: StoryAnswer })
      .data;
    const stock = (
      (await (await fetch(`${server.url}/api/articles?filters[slug][$eq]=${probe}&${STOCK_POPULATE}`)).json()) as {
        data: StoryAnswer[];
      }
    ).data[0];
    const same =
      bySlug.documentId === stock.documentId &&
      JSON.stringify(bySlug.body.map((b) => b.content ?? b.link?.title)) ===
        JSON.stringify(stock.body.map((b) => b.content ?? b.link?.title));
    console.log(`by-slug and stock answers hold the same story: ${same}`);

    console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s each, random slugs among ${slugs.length}`);
    await load('warm-up of the HTTP stack', server.url, () => '/_health');
    const results = [
      await load('GET /_health', server.url, () => '/_health'),
      await load(
        'stock filters[slug] + populate',
        server.url,
        () => `/api/articles?filters[slug][$eq]=${pick()}&${STOCK_POPULATE}`
      ),
      await load('by-slug, cold page cache', server.url, () => `/api/articles/slug/${pick()}`),
    ];
    // Every story read once, as a CDN's first pass or a day of traffic would do.
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < slugs.length)
          await (await fetch(`${server.url}/api/articles/slug/${slugs[next++]}`)).arrayBuffer();
      })
    );
    console.log(`Rendered all ${slugs.length} pages once in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    results.push(await load('GET /api/articles/slug/:slug (warm)', server.url, () => `/api/articles/slug/${pick()}`));
    console.table(
      results.map((r) => ({
        route: r.name,
        'req/s': Math.round(r.rps),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        requests: r.requests,
        errors: r.errors,
      }))
    );
    const [, stockResult, , slugResult] = results;
    console.log(`by-slug / stock throughput: ${(slugResult.rps / stockResult.rps).toFixed(1)}× (target ≥ 3×)`);
    console.log(`by-slug p99 ${slugResult.p99} ms vs stock p50 ${stockResult.p50} ms (target: below)`);

    const stale = await staleCheck(server.url, apiToken, pick());
    console.log(
      `fresh after an edit: ${stale.afterEdit}; draft edit hidden: ${stale.draftHidden}; fresh after publish: ${stale.afterPublish}`
    );
  } finally {
    await server.stop();
    await dropDatabase(dbName);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
