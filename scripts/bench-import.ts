/**
 * A benchmark, not a test: it prints figures and asserts no timing.
 *
 * Generates `--count` stories (default 10 000) as files in the shapes the
 * importer reads — plain text in the sample story's shape, HTML articles and
 * whole saved news pages — with bylines from a pool of authors and "Read
 * Also" lines naming other generated stories (earlier and later ones, so
 * links resolve both at import and later). Imports them into a throwaway
 * PostgreSQL database (`--db sqlite` for a temporary SQLite file), then
 * imports the same files again (every story unchanged), and prints stories
 * per second, throughput and memory per slice of the batch (flat memory and
 * throughput mean the batch does not degrade as it grows), SQL queries per
 * story, peak RSS, and the document service's own rate for the same stories
 * (the ceiling for an importer that writes through it).
 *
 * Strapi is loaded in a child process (`--worker`), started with
 * --expose-gc so heap figures are taken after a collection. With
 * `--processes N` that child imports as `npm run import -- --processes N`
 * does (src/importer/import-processes.ts), and each pass counts from the
 * moment the first process takes its first file: the others load Strapi on
 * the pass's time. Those processes inherit --expose-gc and report their heap
 * after a collection every HEAP_SAMPLE_EVERY stories.
 *
 * Defaults: drafts, and on PostgreSQL one process per CPU with 4 stories at
 * a time each (`--processes 1 --concurrency 1` for the plain command).
 *
 * `--wxr` measures one generated WordPress export instead (scripts/bench-import-wxr.ts).
 *
 *   tsx scripts/bench-import.ts [--count N] [--db postgres|sqlite] [--concurrency N] [--processes N] [--publish] [--keep]
 *                               [--cpu-prof <dir>]   (a V8 CPU profile of the worker, for Chrome DevTools)
 */
import { spawn, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { seededRandom, WORDS } from './support/generated-text';
import type { Core, Schema } from '@strapi/strapi';
import type { ImportSummary } from '../src/importer/run/import-files';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option('--count') ?? 10_000);
const db = option('--db') === 'sqlite' ? 'sqlite' : 'postgres';
// By default what the README tells a newsroom to run for a large archive: drafts (the importer's default),
// one process per core, 4 lanes each. SQLite takes one writer at a time.
const publish = args.includes('--publish');
const concurrency = Number(option('--concurrency') ?? (db === 'postgres' ? 4 : 1));
const processes = Number(option('--processes') ?? (db === 'postgres' ? os.availableParallelism() : 1));
const SLICES = 10;
const BASELINE = 500;

// ---------------------------------------------------------------- generated stories

const SUBJECTS = [
  'City Council',
  'Central Bank',
  'Health Ministry',
  'Opposition Leader',
  'Port Authority',
  'Teachers’ Union',
  'Energy Regulator',
  'Climate Scientists',
  'Housing Agency',
  'National Airline',
  'Transport Minister',
  'Hospital Staff',
];
const VERBS = [
  'Approves',
  'Rejects',
  'Delays',
  'Announces',
  'Questions',
  'Unveils',
  'Defends',
  'Expands',
  'Cuts',
  'Reviews',
];
const OBJECTS = [
  'New Budget',
  'Housing Plan',
  'Rail Project',
  'Tax Reform',
  'Water Tariffs',
  'School Reforms',
  'Wind Farm',
  'Flood Defences',
  'Bus Network',
  'Airport Expansion',
];
const PLACES = ['Seoul', 'Busan', 'Lyon', 'Kraków', 'Osaka', 'Mombasa', 'Porto', 'Tbilisi', 'Cork', 'Medellín'];
const HEADINGS = [
  'What Comes Next',
  'A Long Debate',
  'Growing Opposition',
  'The Cost for Families',
  'Reaction in the Region',
];
const FIRST = ['Anna', 'Min-ji', 'Sergei', 'Amara', 'Lucía', 'Kenji', 'Olivia', 'Tomasz', 'Fatima', 'Jonas'];
const LAST = ['Kowalski', 'Park', 'Orlov', 'Okafor', 'García', 'Tanaka', 'Brown', 'Nowak', 'Haddad', 'Berg'];

const titleOf = (i: number) => {
  const random = seededRandom(1000 + i);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} in ${pick(PLACES)} (Report ${i + 1})`;
};

interface Generated {
  title: string;
  author?: string;
  bio?: string;
  paragraphs: string[];
  heading: string;
  readAlso: string[];
}

function generate(i: number): Generated {
  const random = seededRandom(i);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 14) }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraphs = Array.from({ length: 10 + Math.floor(random() * 6) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, sentence).join(' ')
  );
  paragraphs[1] = `“${paragraphs[1].slice(0, -1)},” said ${pick(FIRST)} ${pick(LAST)}.`;
  const author = random() < 0.8 ? `${pick(FIRST)} ${pick(LAST)}` : undefined;
  // Read Also: stories before and after this one, so half resolve at import and half resolve later.
  const readAlso = Array.from({ length: 1 + Math.floor(random() * 2) }, () => titleOf(Math.floor(random() * count)));
  return {
    title: titleOf(i),
    author,
    bio: author && random() < 0.5 ? `${author} reports on public policy from ${pick(PLACES)}.` : undefined,
    paragraphs,
    heading: pick(HEADINGS),
    readAlso,
  };
}

const asText = (s: Generated) => {
  const half = Math.ceil(s.paragraphs.length / 2);
  return [
    s.title,
    ...(s.author ? [`By ${s.author}`] : []),
    ...s.paragraphs.slice(0, half),
    `Read Also: ${s.readAlso[0]}`,
    s.heading,
    ...s.paragraphs.slice(half),
    ...s.readAlso.slice(1).map((title) => `Read Also: ${title}`),
    ...(s.bio ? ['About the author', s.bio] : []),
  ].join('\n\n');
};

const asHtml = (s: Generated) => {
  const half = Math.ceil(s.paragraphs.length / 2);
  const p = (text: string) => `<p>${text}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${s.title}</title></head><body><article>
<h1>${s.title}</h1>${s.author ? `<p class="byline">By ${s.author}</p>` : ''}
${s.paragraphs.slice(0, half).map(p).join('\n')}
<p><strong>Read Also:</strong> <a href="/news/${encodeURIComponent(s.readAlso[0])}">${s.readAlso[0]}</a></p>
<h2>${s.heading}</h2>
${s.paragraphs.slice(half).map(p).join('\n')}
${s.readAlso
  .slice(1)
  .map((title) => `<p>Read Also: ${title}</p>`)
  .join('\n')}
${s.bio ? `<aside class="author-box"><h3>About the author</h3><p>${s.bio}</p></aside>` : ''}
</article></body></html>`;
};

const asPage = (s: Generated, i: number) => {
  const half = Math.ceil(s.paragraphs.length / 2);
  const p = (text: string) => `<p>${text}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${s.title} | The Bench Herald</title>
<link rel="canonical" href="https://bench-herald.example/news/${i}">
${s.author ? `<meta name="author" content="${s.author}">` : ''}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(s.title)}}</script>
<script src="/app.js"></script></head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>${s.title}</h1><div class="share-bar"><a href="#">Share</a><a href="#">Tweet</a></div>
<div class="article-body">${s.paragraphs.slice(0, half).map(p).join('\n')}
<aside class="related-stories"><h4>Related</h4><ul><li><a href="https://bench-herald.example/news/other">${s.readAlso[0]}</a></li></ul></aside>
<div class="ad-slot"><span>Advertisement</span></div>
<h2>${s.heading}</h2>${s.paragraphs.slice(half).map(p).join('\n')}</div></article>
<section class="comments"><h3>Comments</h3><p>Nice piece, thanks for writing it up so clearly.</p></section></main>
<footer><p>© The Bench Herald</p></footer></body></html>`;
};

/** 80 % text, 15 % HTML articles, 5 % whole saved pages: an archive export with some saved pages. */
function writeStories(dir: string) {
  const kinds = { text: 0, html: 0, page: 0 };
  for (let i = 0; i < count; i++) {
    const story = generate(i);
    const kind = i % 20 === 19 ? 'page' : i % 20 >= 16 ? 'html' : 'text';
    kinds[kind]++;
    const folder = path.join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    fs.mkdirSync(folder, { recursive: true });
    const name = path.join(folder, `story-${String(i).padStart(5, '0')}.${kind === 'text' ? 'txt' : 'html'}`);
    fs.writeFileSync(name, kind === 'text' ? asText(story) : kind === 'html' ? asHtml(story) : asPage(story, i));
  }
  return kinds;
}

// ---------------------------------------------------------------- worker (child process)

/**
 * CPU seconds used so far by the local PostgreSQL server (every postgres
 * process, and the backends it has reaped), read from /proc; undefined when
 * the server is elsewhere. With the importer's own CPU it says what a story
 * costs the machine.
 */
function databaseCpuSeconds(): number | undefined {
  if (!fs.existsSync('/proc') || !/^(127\.0\.0\.1|localhost|\/)/.test(process.env.PGHOST ?? '127.0.0.1'))
    return undefined;
  let ticks = 0;
  let found = false;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime: fields 14–17 of stat, 12–15 after the name.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      found = true;
    } catch {
      // gone between listing and reading
    }
  }
  return found ? ticks / 100 : undefined;
}

/**
 * Milliseconds for a fixed piece of CPU work (JSON and SHA-256), taken with
 * nothing else of ours running. The same code takes up to half as long
 * again on this shared machine at busy times, so the figure says how fast
 * the machine was around each pass; comparing runs means comparing it too.
 */
function referenceWorkload(): number {
  const data = {
    items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b', String(i)] })),
  };
  const started = performance.now();
  for (let i = 0; i < 40; i++) {
    const text = JSON.stringify(data);
    JSON.parse(text);
    createHash('sha256').update(text).digest();
  }
  return performance.now() - started;
}

/** RSS of this process's children (the importing processes), from /proc; [] where there is none. */
function childrenRssMb(): number[] {
  if (!fs.existsSync('/proc')) return [];
  const rss: Array<[number, number]> = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      if (kb) rss.push([Number(pid), kb / 1024]);
    } catch {
      // gone between listing and reading
    }
  }
  return rss.sort(([a], [b]) => a - b).map(([, mb]) => mb);
}

const failuresOf = (summary: ImportSummary): string[] =>
  summary.reported
    .filter((r) => r.outcome === 'failed')
    .slice(0, 5)
    .map((r) => `${path.relative(option('--dir')!, r.file)}: ${r.reason}`);

interface Slice {
  /** with --processes: each importing process's RSS at the end of the slice */
  processRssMb?: number[];
  done: number;
  seconds: number;
  queries: number;
  rssMb: number;
  heapMb: number;
}

interface Pass {
  seconds: number;
  /** CPU time of the importing processes, per story */
  cpuMsPerStory: number;
  /** CPU time of a local PostgreSQL server, per story */
  databaseCpuMsPerStory?: number;
  /** with --processes: each process's share */
  perProcess?: Array<{ files: number; queriesPerStory: number; peakRssMb: number; heapAfterGcMb: number[] }>;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  queriesPerStory: number;
  failures: string[];
  slices: Slice[];
}

/** What the worker prints for the parent to report. */
interface WorkerResult {
  loadSeconds: number;
  reference: number[];
  heapSampleEvery: number;
  files: number;
  first: Pass;
  second: Pass;
  links: number;
  resolved: number;
  articles: number;
  authors: number;
  baseline: Awaited<ReturnType<typeof documentServiceAlone>>;
  importPeakRssMb: number;
  peakRssMb: number;
}

async function worker() {
  const dir = option('--dir')!;
  process.env.NODE_ENV ??= 'development';
  process.env.NEWSROOM_SEED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  /* eslint-disable @typescript-eslint/no-require-imports -- the parent only generates files and reports: Strapi and the importer load in the worker */
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const { importFiles } =
    require('../src/importer/run/import-files') as typeof import('../src/importer/run/import-files');
  const { expandSources } =
    require('../src/importer/run/expand-sources') as typeof import('../src/importer/run/expand-sources');
  const { waitForIdleDatabase } =
    require('../src/importer/run/wait-for-idle-database') as typeof import('../src/importer/run/wait-for-idle-database');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const loadStarted = performance.now();
  const strapi = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  strapi.log.level = 'error';
  await strapi.load();
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  let queries = 0;
  strapi.db.connection.on('query', () => queries++);
  const { files } = await expandSources([dir], dir);
  const sliceSize = Math.max(1, Math.floor(files.length / SLICES));

  const databaseCpuMsPerStory = (before: number | undefined) => {
    const after = databaseCpuSeconds();
    return before === undefined || after === undefined ? undefined : ((after - before) * 1000) / files.length;
  };

  const pass = async (): Promise<Pass> => {
    const slices: Slice[] = [];
    const queriesBefore = queries;
    const cpuBefore = process.cpuUsage();
    const databaseBefore = databaseCpuSeconds();
    const started = performance.now();
    let sliceStarted = started;
    let sliceQueries = queries;
    const summary = await importFiles(
      strapi,
      files,
      { publish, root: dir, fetchImages: false, concurrency },
      (_result: unknown, done: number) => {
        if (done % sliceSize !== 0 && done !== files.length) return;
        const now = performance.now();
        (global as { gc?: () => void }).gc?.();
        const memory = process.memoryUsage();
        slices.push({
          done,
          seconds: (now - sliceStarted) / 1000,
          queries: queries - sliceQueries,
          rssMb: memory.rss / 2 ** 20,
          heapMb: memory.heapUsed / 2 ** 20,
        });
        sliceStarted = performance.now();
        sliceQueries = queries;
      }
    );
    const cpu = process.cpuUsage(cpuBefore);
    return {
      seconds: (performance.now() - started) / 1000,
      cpuMsPerStory: (cpu.user + cpu.system) / 1000 / files.length,
      databaseCpuMsPerStory: databaseCpuMsPerStory(databaseBefore),
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed,
      queriesPerStory: (queries - queriesBefore) / files.length,
      failures: failuresOf(summary),
      slices,
    };
  };

  /** The same pass, by several processes of the import command: the rate and each process's figures (memory per slice is the single process's story). */
  const passInProcesses = async (): Promise<Pass> => {
    const { importInProcesses } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded in the worker only, as above
      require('../src/importer/run/import-processes') as typeof import('../src/importer/run/import-processes');
    const slices: Slice[] = [];
    let started = 0;
    let sliceStarted = 0;
    let databaseBefore: number | undefined;
    const { summary, stats } = await importInProcesses(
      files,
      { publish, root: dir, fetchImages: false, concurrency },
      {
        processes,
        entry: path.join(root, 'scripts', 'import.ts'),
        onStarted: () => {
          started = sliceStarted = performance.now();
          databaseBefore = databaseCpuSeconds();
        },
        onFile: (_result: unknown, done: number) => {
          if (done % sliceSize !== 0 && done !== files.length) return;
          const now = performance.now();
          slices.push({
            done,
            seconds: (now - sliceStarted) / 1000,
            queries: NaN,
            rssMb: NaN,
            heapMb: NaN,
            processRssMb: childrenRssMb(),
          });
          sliceStarted = now;
        },
      }
    );
    const total = (key: 'queries' | 'cpuSeconds') => stats.reduce((sum, s) => sum + s[key], 0);
    return {
      seconds: (performance.now() - started) / 1000,
      cpuMsPerStory: (total('cpuSeconds') * 1000) / files.length,
      databaseCpuMsPerStory: databaseCpuMsPerStory(databaseBefore),
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed,
      queriesPerStory: total('queries') / files.length,
      failures: failuresOf(summary),
      slices,
      perProcess: stats.map((s) => ({
        files: s.files,
        queriesPerStory: s.queries / s.files,
        peakRssMb: s.peakRssMb,
        heapAfterGcMb: s.heapAfterGcMb,
      })),
    };
  };

  const { HEAP_SAMPLE_EVERY: heapSampleEvery } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded in the worker only, as above
    require('../src/importer/run/import-processes') as typeof import('../src/importer/run/import-processes');
  const run = processes > 1 ? passInProcesses : pass;
  referenceWorkload(); // the first run pays for compiling it
  const reference = [referenceWorkload()];
  const first = await run();
  reference.push(referenceWorkload());
  const second = await run();
  reference.push(referenceWorkload());
  const links = await strapi.db.query('api::related-link.related-link').count();
  const resolved = await strapi.db
    .query('api::related-link.related-link')
    .count({ where: { article: { id: { $notNull: true } } } });
  const articles = await strapi.db
    .query('api::article.article')
    .count({ where: { publishedAt: publish ? { $notNull: true } : { $null: true } } });
  const authors = await strapi.db.query('api::author.author').count();
  // The importer's own peak; the ceiling measurement below holds 500 parsed stories at once.
  const importPeakRssMb = process.resourceUsage().maxRSS / 1024;
  const baseline = await documentServiceAlone(strapi, files.slice(0, Math.min(BASELINE, files.length)), () => queries);
  reference.push(referenceWorkload());
  await waitForIdleDatabase(strapi);
  await strapi.destroy();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `\n@@RESULT${JSON.stringify({ loadSeconds, reference, heapSampleEvery, files: files.length, first, second, links, resolved, articles, authors, baseline, importPeakRssMb, peakRssMb } satisfies WorkerResult)}\n`
  );
}

/**
 * The ceiling for any importer that writes through the document service, as
 * this one must: the same stories (parsed beforehand, not timed) created
 * directly, one transaction each and as many at once as the import, with
 * an existing author and link and no lookups. Run after the passes, so the table is as large as at their end.
 */
async function documentServiceAlone(strapi: Core.Strapi, files: string[], queryCount: () => number) {
  const { parseStory } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded in the worker only, as above
    require('../src/importer/read/parse-story') as typeof import('../src/importer/read/parse-story');
  const author: { documentId: string } | null = await strapi.db
    .query('api::author.author')
    .findOne({ select: ['documentId'] });
  const link: { documentId: string } = await strapi.db
    .query('api::related-link.related-link')
    .findOne({ select: ['documentId'] });
  const stories = files.map((file) => parseStory(fs.readFileSync(file)));
  const createAll = async (label: string, count: number) => {
    let next = 0;
    const lane = async () => {
      while (next < count) {
        const i = next++;
        // Strapi's blocks type wants rel and target on every link; stored links go without (see write-story.ts).
        const body = stories[i].blocks
          .filter((block) => block.kind !== 'image')
          .map((block) =>
            block.kind === 'text'
              ? { __component: 'article.text' as const, content: block.nodes as Schema.Attribute.BlocksValue }
              : { __component: 'article.read-also' as const, link: link.documentId }
          );
        await strapi.db.transaction(() =>
          strapi.documents('api::article.article').create({
            status: publish ? 'published' : 'draft',
            data: { title: `${label} ${i}: ${stories[i].title}`, author: author?.documentId, body },
          })
        );
      }
    };
    // As many at once as the import ran, so the two rates compare.
    await Promise.all(Array.from({ length: concurrency }, lane));
  };
  // With --processes this process has not written yet: its first stories would be paid for by the JIT.
  await createAll('Warm-up', Math.min(100, stories.length));
  const queriesBefore = queryCount();
  const cpuBefore = process.cpuUsage();
  const databaseBefore = databaseCpuSeconds();
  const started = performance.now();
  await createAll('Baseline', stories.length);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const databaseAfter = databaseCpuSeconds();
  return {
    stories: stories.length,
    perSecond: stories.length / seconds,
    queriesPerStory: (queryCount() - queriesBefore) / stories.length,
    cpuMsPerStory: (cpu.user + cpu.system) / 1000 / stories.length,
    databaseCpuMsPerStory:
      databaseBefore === undefined || databaseAfter === undefined
        ? undefined
        : ((databaseAfter - databaseBefore) * 1000) / stories.length,
  };
}

// ---------------------------------------------------------------- parent

const f = (n: number, digits = 1) => n.toFixed(digits);

function report(result: WorkerResult, kinds: Record<string, number>) {
  const line = (name: string, pass: Pass) => {
    const rate = result.files / pass.seconds;
    console.log(
      `${name}: ${pass.created} created, ${pass.updated} updated, ${pass.unchanged} unchanged, ${pass.failed} failed in ${f(pass.seconds)} s → ${f(rate)} stories/s, ${f(pass.queriesPerStory)} SQL queries, ${f(pass.cpuMsPerStory)} ms of importer CPU${pass.databaseCpuMsPerStory === undefined ? '' : ` and ${f(pass.databaseCpuMsPerStory)} ms of database CPU`} per story`
    );
    for (const failure of pass.failures) console.log(`  failed: ${failure}`);
    for (const [i, p] of (pass.perProcess ?? []).entries())
      console.log(
        `  process ${i + 1}: ${p.files} stories, ${f(p.queriesPerStory)} queries per story, peak RSS ${f(p.peakRssMb, 0)} MB, heap MB after GC every ${result.heapSampleEvery} of its stories: ${p.heapAfterGcMb.map((mb) => f(mb, 0)).join(' ')}`
      );
    const detailed = !pass.perProcess;
    console.log(
      detailed
        ? '  slice        stories/s   queries/story   RSS MB   heap MB (after GC)'
        : '  slice        stories/s   RSS MB of each process'
    );
    let previous = 0;
    for (const slice of pass.slices) {
      const stories = slice.done - previous;
      previous = slice.done;
      const rateText = `  ≤ ${String(slice.done).padStart(6)}   ${f(stories / slice.seconds).padStart(9)}`;
      console.log(
        detailed
          ? `${rateText}   ${f(slice.queries / stories).padStart(13)}   ${f(slice.rssMb, 0).padStart(6)}   ${f(slice.heapMb, 0).padStart(7)}`
          : `${rateText}   ${(slice.processRssMb ?? []).map((mb) => f(mb, 0)).join(' / ')}`
      );
    }
  };
  console.log(
    `\nbench:import — ${result.files} generated stories (${kinds.text} text, ${kinds.html} HTML articles, ${kinds.page} saved pages) into ${db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${publish ? 'published' : 'as drafts'}, ${processes > 1 ? `${processes} processes × ` : ''}${concurrency} at a time; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`
  );
  console.log(`Strapi load: ${f(result.loadSeconds)} s (not counted)`);
  console.log(
    `reference CPU workload before the first pass, before the second, before and after the ceiling: ${result.reference.map((ms: number) => f(ms, 0)).join(' / ')} ms (lower: a faster machine at the time)`
  );
  line('first import', result.first);
  line('second import of the same files', result.second);
  console.log(
    `stored: ${result.articles} ${publish ? 'published' : 'draft'} stories, ${result.authors} authors, ${result.links} Read Also links (${result.resolved} resolved to a story)`
  );
  const { baseline } = result;
  console.log(
    `document service alone (ceiling${processes > 1 ? ' for one process' : ''}), ${baseline.stories} of the same stories created directly, ${concurrency} at a time: ${f(baseline.perSecond)} stories/s, ${f(baseline.queriesPerStory)} SQL queries, ${f(baseline.cpuMsPerStory)} ms of CPU${baseline.databaseCpuMsPerStory === undefined ? '' : ` and ${f(baseline.databaseCpuMsPerStory)} ms of database CPU`} per story`
  );
  if (processes > 1)
    console.log(
      `peak RSS: per importing process above (this worker, which only counts, peaked at ${f(result.peakRssMb, 0)} MB)`
    );
  else
    console.log(`peak RSS: ${f(result.importPeakRssMb, 0)} MB during the imports, ${f(result.peakRssMb, 0)} MB in all`);
}

async function main() {
  // One WordPress export instead of many files: its own script (scripts/bench-import-wxr.ts).
  if (args.includes('--wxr')) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'bench-import-wxr.ts'), ...args.filter((arg) => arg !== '--wxr')],
      { cwd: root, stdio: 'inherit' }
    );
    process.exit(run.status ?? 1);
  }
  if (args.includes('--worker')) return worker();

  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error('TypeScript compilation failed');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-import-'));
  const dir = path.join(work, 'stories');
  const kinds = writeStories(dir);
  const dbName = `newsroom_bench_import_${process.pid}`;
  const env: Record<string, string> =
    db === 'postgres'
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(dbName) }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'bench.db') };
  if (db === 'postgres') await createDatabase(dbName);
  try {
    const profile = option('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(option('--cpu-prof')!)] : [];
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        ...profile,
        '--import',
        'tsx',
        __filename,
        '--worker',
        '--dir',
        dir,
        '--count',
        String(count),
        '--db',
        db,
        '--concurrency',
        String(concurrency),
        '--processes',
        String(processes),
        ...(publish ? ['--publish'] : []),
      ],
      {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      }
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
    const marker = output.lastIndexOf('@@RESULT');
    if (code !== 0 || marker < 0) throw new Error(`the worker failed (exit ${code}):\n${output.slice(-4000)}`);
    report(JSON.parse(output.slice(marker + '@@RESULT'.length).trim()) as WorkerResult, kinds);
  } finally {
    if (db === 'postgres' && !args.includes('--keep'))
      await dropDatabase(dbName).catch((error) => console.error('could not drop', dbName, error));
    if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}${db === 'postgres' ? ` and database ${dbName}` : ''}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
