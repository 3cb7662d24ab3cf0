/**
 * A benchmark, not a test: `npm run bench:import -- --wxr` (bench-import.ts hands over here).
 *
 * Generates one WordPress export (WXR 1.2) of `--count` posts (default 10 000) — classic-editor text
 * without <p>, a [caption] now and then, links to other posts, authors, categories and tags from small
 * pools, drafts by default (`--publish` makes them `publish` posts) — imports it into a throwaway
 * PostgreSQL database (`--db sqlite` for a temporary SQLite file) with `--concurrency` lanes (default 4),
 * then imports it again (every post unchanged). Prints posts per second per thousand posts and the heap
 * after a collection at each thousand: flat figures from the first thousand to the last mean the export
 * is streamed, not held. Strapi runs in a child process started with --expose-gc.
 *
 *   tsx scripts/bench-import-wxr.ts [--count N] [--db postgres|sqlite] [--concurrency N] [--publish] [--keep]
 *     [--profile DIR]   (a V8 CPU profile of the importing process, for Chrome DevTools or speedscope)
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import type { Core } from '@strapi/strapi';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { seededRandom, WORDS } from './support/generated-text';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option('--count') ?? 10_000);
const db = option('--db') === 'sqlite' ? 'sqlite' : 'postgres';
const concurrency = Number(option('--concurrency') ?? (db === 'postgres' ? 4 : 1));
const publish = args.includes('--publish');
const SLICE = Math.max(1, Math.min(1000, Math.floor(count / 10)));

const AUTHORS = Array.from({ length: 24 }, (_, i) => ({
  login: `writer${i}`,
  name: `Writer ${String.fromCharCode(65 + (i % 26))}. Number ${i}`,
}));
const CATEGORIES = [
  'World',
  'Politics',
  'Business',
  'Science',
  'Health',
  'Sport',
  'Culture',
  'Opinion',
  'Technology',
  'Climate',
];
const TAGS = Array.from({ length: 60 }, (_, i) => `Topic ${i}`);

function sentence(random: () => number) {
  const words = Array.from(
    { length: 10 + Math.floor(random() * 14) },
    () => WORDS[Math.floor(random() * WORDS.length)]
  );
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function post(i: number): string {
  const random = seededRandom(i + 1);
  const slug = `generated-post-${i}`;
  const date = new Date(Date.UTC(2010, 0, 1) + i * 3_600_000 * 7).toISOString().replace('T', ' ').slice(0, 19);
  const paragraphs = Array.from({ length: 6 + Math.floor(random() * 6) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random)).join(' ')
  );
  if (i > 0)
    paragraphs[1] += ` See <a href="https://news.example/${slug.replace(/\d+$/, String(i - 1))}/">the earlier story</a>.`;
  if (i % 10 === 0)
    paragraphs.splice(
      2,
      0,
      `[caption id="attachment_1" width="600"]<img src="https://cdn.example/p${i}.jpg" alt="A picture" /> A caption for story ${i}.[/caption]`
    );
  const author = AUTHORS[i % AUTHORS.length];
  const category = CATEGORIES[i % CATEGORIES.length];
  const tags = [TAGS[i % TAGS.length], TAGS[(i * 7) % TAGS.length]];
  return `
  <item>
    <title>${sentence(random).slice(0, 80).replace(/\.$/, '')} ${i}</title>
    <link>https://news.example/${slug}/</link>
    <pubDate>Mon, 01 Jan 2024 00:00:00 +0000</pubDate>
    <dc:creator><![CDATA[${author.login}]]></dc:creator>
    <guid isPermaLink="false">https://news.example/?p=${i + 10}</guid>
    <content:encoded><![CDATA[${paragraphs.join('\n\n')}]]></content:encoded>
    <excerpt:encoded><![CDATA[${sentence(random)}]]></excerpt:encoded>
    <wp:post_id>${i + 10}</wp:post_id>
    <wp:post_date><![CDATA[${date}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[${date}]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${slug}]]></wp:post_name>
    <wp:status><![CDATA[${publish ? 'publish' : 'draft'}]]></wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <wp:post_password><![CDATA[]]></wp:post_password>
    <category domain="category" nicename="${category.toLowerCase()}"><![CDATA[${category}]]></category>
    ${tags.map((tag) => `<category domain="post_tag" nicename="${tag.toLowerCase().replace(' ', '-')}"><![CDATA[${tag}]]></category>`).join('')}
  </item>`;
}

function writeExport(file: string) {
  const out = fs.openSync(file, 'w');
  fs.writeSync(
    out,
    `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Generated News</title><link>https://news.example</link><wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://news.example</wp:base_site_url><wp:base_blog_url>https://news.example</wp:base_blog_url>
  ${AUTHORS.map((a) => `<wp:author><wp:author_login><![CDATA[${a.login}]]></wp:author_login><wp:author_display_name><![CDATA[${a.name}]]></wp:author_display_name></wp:author>`).join('\n  ')}
`
  );
  for (let i = 0; i < count; i++) fs.writeSync(out, post(i));
  fs.writeSync(out, '\n</channel>\n</rss>\n');
  fs.closeSync(out);
}

// ---------------------------------------------------------------- the worker: Strapi and the importer

interface Slice {
  done: number;
  seconds: number;
  heapMb: number;
}
interface Pass {
  seconds: number;
  created: number;
  unchanged: number;
  failed: number;
  slices: Slice[];
  failures: string[];
}

async function worker() {
  const file = option('--file')!;
  process.env.NODE_ENV ??= 'development';
  process.env.NEWSROOM_SEED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  /* eslint-disable @typescript-eslint/no-require-imports -- the parent only generates and reports: Strapi loads here */
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const { importFiles } =
    require('../src/importer/run/import-files') as typeof import('../src/importer/run/import-files');
  const { waitForIdleDatabase } =
    require('../src/importer/run/wait-for-idle-database') as typeof import('../src/importer/run/wait-for-idle-database');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const strapi: Core.Strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  const gc = (globalThis as { gc?: () => void }).gc;
  const heapMb = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const pass = async (): Promise<Pass> => {
    const slices: Slice[] = [];
    const started = performance.now();
    let sliceStarted = started;
    const summary = await importFiles(strapi, [file], { concurrency, fetchImages: false }, (_result, done) => {
      if (done % SLICE !== 0) return;
      const now = performance.now();
      slices.push({ done, seconds: (now - sliceStarted) / 1000, heapMb: heapMb() });
      sliceStarted = performance.now();
    });
    return {
      seconds: (performance.now() - started) / 1000,
      created: summary.created,
      unchanged: summary.unchanged,
      failed: summary.failed,
      slices,
      failures: summary.reported
        .filter((r) => r.outcome === 'failed')
        .slice(0, 5)
        .map((r) => `${r.entry}: ${r.reason}`),
    };
  };
  const heapAtStart = heapMb();
  const first = await pass();
  const second = await pass();
  const articles = await strapi.db
    .query('api::article.article')
    .count({ where: { publishedAt: publish ? { $notNull: true } : { $null: true } } });
  const authors = await strapi.db.query('api::author.author').count();
  const oldAddresses = await strapi.db.query('api::redirect.old-address').count();
  await waitForIdleDatabase(strapi);
  await strapi.destroy();
  process.stdout.write(
    `\n@@RESULT${JSON.stringify({ heapAtStart, first, second, articles, authors, oldAddresses, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`
  );
}

// ---------------------------------------------------------------- the parent: files, database, report

async function main() {
  if (args.includes('--worker')) return worker();
  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error('the app does not compile');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wxr-'));
  const file = path.join(work, 'export.xml');
  const generated = performance.now();
  writeExport(file);
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  console.error(
    `generated ${count} posts, ${megabytes.toFixed(1)} MB, in ${((performance.now() - generated) / 1000).toFixed(1)} s`
  );
  const dbName = `newsroom_bench_wxr_${process.pid}`;
  const env: Record<string, string> =
    db === 'postgres'
      ? {
          DATABASE_CLIENT: 'postgres',
          DATABASE_URL: postgresUrl(dbName),
          DATABASE_POOL_MAX: String(Math.max(10, concurrency + 4)),
        }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'bench.db') };
  if (db === 'postgres') await createDatabase(dbName);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--expose-gc',
          ...(option('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(option('--profile')!)}`] : []),
          '--import',
          'tsx',
          __filename,
          '--worker',
          '--file',
          file,
          ...args,
        ],
        {
          cwd: root,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'inherit'],
        }
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`the worker exited with ${code}`))));
    });
    const result = JSON.parse(output.split('@@RESULT')[1]) as {
      heapAtStart: number;
      first: Pass;
      second: Pass;
      articles: number;
      authors: number;
      oldAddresses: number;
      peakRssMb: number;
    };
    const f = (n: number, digits = 1) => n.toFixed(digits);
    const line = (name: string, pass: Pass) =>
      `${name}: ${count} posts in ${f(pass.seconds)} s = ${f(count / pass.seconds)} posts/s (created ${pass.created}, unchanged ${pass.unchanged}, failed ${pass.failed})`;
    console.log(
      [
        `\nbench:import --wxr — one generated WordPress export of ${count} posts (${f(megabytes)} MB) into ${db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${publish ? 'published' : 'as drafts'}, ${concurrency} at a time; ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os
          .loadavg()
          .map((n) => f(n, 2))
          .join(' ')}`,
        line('first import', result.first),
        ...result.first.failures.map((failure) => `  failed: ${failure}`),
        `  per ${SLICE} posts: posts/s ${result.first.slices.map((s) => f(SLICE / s.seconds)).join(' ')}`,
        `  heap MB after GC at each ${SLICE}: ${result.first.slices.map((s) => f(s.heapMb, 0)).join(' ')} (before the import: ${f(result.heapAtStart, 0)})`,
        line('second import of the same export', result.second),
        `  per ${SLICE} posts: posts/s ${result.second.slices.map((s) => f(SLICE / s.seconds)).join(' ')}`,
        `  heap MB after GC at each ${SLICE}: ${result.second.slices.map((s) => f(s.heapMb, 0)).join(' ')}`,
        `stories ${result.articles}, authors ${result.authors}, old addresses ${result.oldAddresses}, peak RSS ${f(result.peakRssMb, 0)} MB`,
      ].join('\n')
    );
  } finally {
    if (db === 'postgres' && !args.includes('--keep')) await dropDatabase(dbName);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
