/**
 * npm run bench:edge — a benchmark, not a test: it prints figures.
 *
 * One Strapi process on a throwaway PostgreSQL database with 10 000
 * published stories, a real Varnish in front (deploy/varnish/newsroom.vcl),
 * measured with autocannon in one run:
 *   - GET /_health at the origin: the ceiling of Strapi's HTTP stack here;
 *   - warm by-slug (random stories) at the origin alone;
 *   - the same through the edge, and the edge's hit ratio meanwhile;
 *   - write to fresh: after each of 200 corrections is answered, how long
 *     until the edge serves the new text (p50, p99).
 *
 *   tsx scripts/bench-edge.ts [--stories 10000] [--duration 15] [--connections 10] [--writes 200]
 */
import autocannon from 'autocannon';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from './support/admin-session';
import { appRoot, compileApp } from './support/compile-app';
import { numberOption } from './support/number-option';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { seedStories } from './support/seed-stories';
import { freePort, startStrapi } from './support/strapi-process';
import { startVarnish, varnishInstalled } from './support/varnish';

const STORIES = numberOption('stories', 10_000);
const DURATION = numberOption('duration', 15);
const CONNECTIONS = numberOption('connections', 10);
const WRITES = numberOption('writes', 200);

/** CPU time (user + system, ms) a process has used: unlike req/s, it does not depend on what else the machine runs. */
function cpuMs(pid: number) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function load(name: string, url: string, pathFor: () => string, pid?: number) {
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (request) => ({ ...request, path: pathFor() }) }],
  });
  return {
    name,
    cpuPerRequest: pid ? (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total) : undefined,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Varnish's hit and miss counters (varnishstat), to compute a run's hit ratio. */
function cacheCounters(instance: string) {
  const out = spawnSync('varnishstat', ['-n', instance, '-1', '-f', 'MAIN.cache_hit', '-f', 'MAIN.cache_miss'], {
    encoding: 'utf8',
  }).stdout;
  const counter = (name: string) => Number(new RegExp(`${name}\\s+(\\d+)`).exec(out)?.[1] ?? 0);
  return { hits: counter('MAIN.cache_hit'), misses: counter('MAIN.cache_miss') };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function writeToFresh(origin: string, edge: string, token: string, slugs: string[]) {
  const times: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const slug = slugs[i % slugs.length];
    const page = `${edge}/api/articles/slug/${slug}`;
    const story = ((await (await fetch(page)).json()) as { data: { documentId: string } }).data;
    await fetch(page); // cached now
    const marker = `Correction ${i} at ${Date.now()}`;
    const written = await fetch(`${origin}/api/articles/${story.documentId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { summary: marker } }),
    });
    if (!written.ok) throw new Error(`write answered ${written.status}`);
    const acknowledged = performance.now();
    for (;;) {
      const seen = ((await (await fetch(page)).json()) as { data: { summary: string } }).data.summary;
      if (seen === marker) break;
      if (performance.now() - acknowledged > 10_000) throw new Error(`${slug}: not fresh after 10 s`);
    }
    times.push(performance.now() - acknowledged);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times[times.length - 1] };
}

async function main() {
  if (!varnishInstalled()) throw new Error('varnishd is not installed: apt-get install -y varnish varnish-modules');
  compileApp();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-edge-'));
  fs.chmodSync(work, 0o755);
  const dbName = `newsroom_bench_edge_${process.pid}_${Date.now()}`;
  await createDatabase(dbName);
  const edgePort = await freePort();
  const origin = await startStrapi({
    root: appRoot,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: postgresUrl(dbName),
      NEWSROOM_SEED: 'false',
      STRAPI_LOG_LEVEL: 'error',
      EDGE_PURGE_URLS: `http://127.0.0.1:${edgePort}`,
    },
    logFile: path.join(work, 'strapi.log'),
  });
  const edge = await startVarnish({
    port: edgePort,
    backends: [{ host: '127.0.0.1', port: origin.port }],
    workDir: path.join(work, 'varnish'),
    storage: 'malloc,1g',
  });
  try {
    const { apiToken } = await bootAdmin(origin.url);
    console.log(`Seeding ${STORIES} stories into PostgreSQL (${dbName})…`);
    const slugs = await seedStories(origin.url, apiToken, STORIES);
    const pick = () => `/api/articles/slug/${slugs[Math.floor(Math.random() * slugs.length)]}`;
    console.log('Warming the origin and the edge with every story once…');
    for (let i = 0; i < slugs.length; i += 20) {
      await Promise.all(
        slugs
          .slice(i, i + 20)
          .map((slug) => fetch(`${edge.url}/api/articles/slug/${slug}`).then((r) => r.arrayBuffer()))
      );
    }

    const sample = await fetch(`${origin.url}${pick()}`);
    console.log(`a story page's edge keys: ${sample.headers.get('xkey')}`);
    const health = await load('GET /_health (origin ceiling)', origin.url, () => '/_health', origin.pid);
    const originSlug = await load('by-slug at the origin', origin.url, pick, origin.pid);
    const before = cacheCounters(path.join(edge.workDir, 'varnishd'));
    const edgeSlug = await load('by-slug through the edge', edge.url, pick);
    const after = cacheCounters(path.join(edge.workDir, 'varnishd'));
    const hits = after.hits - before.hits;
    const misses = after.misses - before.misses;
    console.log(`Measuring write to fresh over ${WRITES} corrections…`);
    const fresh = await writeToFresh(origin.url, edge.url, apiToken, slugs);

    console.log(
      `\n${STORIES} stories, PostgreSQL, ${CONNECTIONS} connections, ${DURATION} s each, ${os.cpus().length} cores\n`
    );
    console.log('| run | req/s | p50 ms | p99 ms | errors | origin CPU ms per request |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const run of [health, originSlug, edgeSlug])
      console.log(
        `| ${run.name} | ${run.rps} | ${run.p50} | ${run.p99} | ${run.errors} | ${run.cpuPerRequest?.toFixed(2) ?? '—'} |`
      );
    console.log('');
    console.log(`edge / origin on by-slug: ${(edgeSlug.rps / originSlug.rps).toFixed(1)}×`);
    console.log(`origin by-slug / its /_health: ${Math.round((100 * originSlug.rps) / health.rps)}% by req/s`);
    if (health.cpuPerRequest && originSlug.cpuPerRequest)
      console.log(
        `  by CPU per request (what req/s would be on an idle machine): ${Math.round((100 * health.cpuPerRequest) / originSlug.cpuPerRequest)}%`
      );
    console.log(
      `edge hit ratio: ${((100 * hits) / Math.max(1, hits + misses)).toFixed(2)}% (${hits} hits, ${misses} misses)`
    );
    console.log(
      `write to fresh at the edge: p50 ${fresh.p50.toFixed(1)} ms, p99 ${fresh.p99.toFixed(1)} ms, max ${fresh.max.toFixed(1)} ms`
    );
  } finally {
    await edge.stop();
    await origin.stop();
    await dropDatabase(dbName).catch((error: unknown) => console.error('could not drop', dbName, error));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
