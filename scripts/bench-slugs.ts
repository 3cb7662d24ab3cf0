/**
 * A benchmark, not a test: it prints figures and asserts no timing.
 *
 *   A. Suffix cost as a title repeats: 1 000 creates of the same title through
 *      the document service; mean ms per create for creates 1–100 and
 *      901–1000, their ratio (target ≤ 1.5), and whether all slugs are distinct.
 *   B. Cost of the plugin on writes: 1 000 creates with distinct titles and a
 *      text body, plugin ON vs OFF (NEWSROOM_PLUGIN_ENABLED=false); median
 *      total per configuration over several runs, and ON/OFF (target ≤ 1.15).
 *
 * Strapi is loaded in-process (createStrapi + load, no HTTP) in child
 * processes (`--worker <mode>`), one per configuration, each on a fresh
 * database: a temporary SQLite file (default) or a throwaway PostgreSQL
 * database (`--db postgres`). Two Strapi instances cannot share a process.
 *
 * Workers are driven over IPC one batch of creates at a time, two side by
 * side in alternating order (X Y Y X …), only one writing at any moment: B
 * pairs an ON worker with an OFF worker; A pairs the repeated-title worker
 * with a control (plugin ON, distinct titles), so that load from other work
 * on the machine, which falls on both alike, can be told from growth.
 *
 *   tsx scripts/bench-slugs.ts [--db sqlite|postgres] [--runs N] [--count N] [--warmup N] [--batch N]
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import type { UID as StrapiUID } from '@strapi/strapi';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { seededRandom, WORDS } from './support/generated-text';

// Types only: what the workers require() (see loadStrapi and worker); the parent loads none of it.
type StrapiModule = typeof import('@strapi/strapi');
type TextModule = typeof import('../src/plugins/newsroom/server/src/text');
type ReadDocumentModule = typeof import('../src/plugins/newsroom/server/src/text/read-document');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const intOption = (name: string, fallback: number) => {
  const value = option(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
};

const UID = 'api::article.article';
const REPEATED_TITLE = 'Parliament passes the emergency budget after all-night session';
const SLUG_MAX_LENGTH = 100; // the plugin's default slugMaxLength

type Mode = 'repeat' | 'on' | 'off';

/** One timed batch of creates in a worker. */
interface Batch {
  wallMs: number;
  /** CPU time of the worker process (Strapi and the SQLite driver; not the PostgreSQL server) */
  cpuMs: number;
  queries: number;
  times: number[];
  /** worker CPU ms of each create */
  cpu: number[];
  /** queries of each create */
  perCreate: number[];
  /** 1-min load average at the end of the batch */
  load: number;
}

/** What a worker reports when it has finished: the slugs it was given back and those stored. */
interface Finish {
  distinctReturned: number;
  distinctStored: number;
  stored: number;
  slugMismatches: number;
  /** a slug the document service gave back (null or undefined when it gave none) */
  firstSlugs: (string | null | undefined)[];
  lastSlugs: (string | null | undefined)[];
}

/** What the parent asks a worker over IPC… */
type ToWorker = { type: 'batch'; size: number } | { type: 'finish' };
/** …and what the worker answers to each (and, once loaded and warmed up, `ready`). */
interface Replies {
  ready: { type: 'ready'; loadMs: number };
  batch: { type: 'batch'; batch: Batch };
  finish: { type: 'finish' } & Finish;
}

interface WriteRun {
  mode: 'on' | 'off';
  count: number;
  totalMs: number;
  cpuMs: number;
  queries: number;
  times: number[];
  /** wall ms of each batch, in order: batch i of ON ran right next to batch i of OFF */
  batchMs: number[];
  distinct: number;
  stored: number;
  slugMismatches: number;
  maxLoad: number;
}

// ---------------------------------------------------------------- data

const SUBJECTS = [
  'City council',
  'Central bank',
  'Health ministry',
  'Opposition leader',
  'Prime minister',
  'Local farmers',
  'Tech start-up',
  'University researchers',
  'Football club',
  'Teachers’ union',
  'Regional court',
  'Energy regulator',
  'Port authority',
  'Climate scientists',
  'Film festival',
  'Housing agency',
  'Police chief',
  'National airline',
  'Transport minister',
  'Hospital staff',
];
const VERBS = [
  'approves',
  'rejects',
  'delays',
  'announces',
  'questions',
  'unveils',
  'defends',
  'expands',
  'cuts',
  'reviews',
  'backs',
  'criticises',
  'launches',
  'suspends',
  'doubles',
];
const OBJECTS = [
  'new budget',
  'housing plan',
  'rail project',
  'tax reform',
  'water tariffs',
  'school reforms',
  'wind farm',
  'emergency fund',
  'pension changes',
  'flood defences',
  'digital ID scheme',
  'bus network',
  'research grants',
  'minimum wage rise',
  'airport expansion',
];
const TAILS = [
  'for 2026',
  'after long debate',
  'amid protests',
  'in surprise move',
  'despite warnings',
  'ahead of elections',
  'as costs rise',
  'following review',
  'after court ruling',
  'in northern region',
];

/** `n` distinct headline-like titles, the same for every run. */
const makeTitles = (n: number, seed: number) => {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const titles = new Set<string>();
  while (titles.size < n) titles.add(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`);
  return [...titles];
};

/** A dynamic-zone body: one `article.text` block holding 3–5 paragraphs of Strapi blocks JSON. */
const makeBody = (random: () => number) => {
  const paragraphs = 3 + Math.floor(random() * 3);
  const content = Array.from({ length: paragraphs }, () => {
    const sentences = 3 + Math.floor(random() * 3);
    const text = Array.from({ length: sentences }, () => {
      const length = 10 + Math.floor(random() * 12);
      const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]);
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      return `${words.join(' ')}.`;
    }).join(' ');
    return { type: 'paragraph' as const, children: [{ type: 'text' as const, text }] };
  });
  return [{ __component: 'article.text' as const, content }];
};

// ---------------------------------------------------------------- stats

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : NaN);
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

// ---------------------------------------------------------------- worker (child process)

async function loadStrapi(mode: Mode) {
  process.env.NODE_ENV ??= 'development';
  process.env.NEWSROOM_SEED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';
  process.env.NEWSROOM_PLUGIN_ENABLED = mode === 'off' ? 'false' : 'true';

  // Loaded only in workers: the parent never loads Strapi.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: only a worker may load Strapi
  const { createStrapi } = require('@strapi/strapi') as StrapiModule;
  const started = performance.now();
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  await app.load();
  const loadMs = performance.now() - started;

  const pluginLoaded = Boolean(app.plugin('newsroom'));
  if (pluginLoaded !== (mode !== 'off')) throw new Error(`newsroom plugin loaded = ${pluginLoaded} in mode ${mode}`);

  const counter = { queries: 0 };
  app.db.connection.on('query', () => counter.queries++);
  return { app, loadMs, counter };
}

/**
 * A worker: loads Strapi, warms up, then runs creates one batch at a time
 * when the parent asks. `repeat`: the same title every time (plugin ON);
 * `on` / `off`: distinct titles with the plugin ON / OFF.
 */
async function worker(mode: Mode) {
  const count = intOption('--count', 1000);
  const warmup = intOption('--warmup', 50);
  const { app, loadMs, counter } = await loadStrapi(mode);
  const documents = app.documents(UID);
  const random = seededRandom(42);

  // The plugin's own text functions, so that OFF stores exactly what ON derives.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- workers only, like Strapi
  const text = require('../src/plugins/newsroom/server/src/text') as TextModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- workers only, like Strapi
  const { readDocument } = require('../src/plugins/newsroom/server/src/text/read-document') as ReadDocumentModule;
  const rates = { ...text.defaultReadingRates, wordsPerMinute: 230, cjkCharactersPerMinute: 500 };
  const readingOptions = { fields: ['body'], imageComponents: ['article.image'] };
  const componentAttributes = (uid: string) => app.components[uid as StrapiUID.Component]?.attributes;

  // Built before timing starts: only the document service call is timed. The
  // warm-up uses other titles, so JIT and caches do not flatter the first batch.
  const titles =
    mode === 'repeat'
      ? [...makeTitles(warmup, 7), ...Array.from({ length: count }, () => REPEATED_TITLE)]
      : makeTitles(warmup + count, 1234);
  const data = titles.map((title) => {
    const body = makeBody(random);
    if (mode !== 'off') return { title, body };
    // Plugin OFF: the columns the plugin would fill (slug, wordCount, readingTime, excerpt), given explicitly.
    const { text: plain, images } = readDocument(
      { body },
      app.contentTypes[UID].attributes,
      componentAttributes,
      readingOptions
    );
    const counts = text.countWords(plain);
    return {
      title,
      body,
      slug: text.slugify(title, SLUG_MAX_LENGTH),
      wordCount: counts.words + counts.cjkCharacters,
      readingTime: text.readingTime({ ...counts, images }, rates),
      excerpt: text.excerpt(null, plain, 200),
    };
  });

  for (const item of data.slice(0, warmup)) await documents.create({ data: item });
  let next = warmup;
  const slugs: (string | null | undefined)[] = [];

  const send = (message: Replies[keyof Replies]) =>
    new Promise<void>((resolve) => process.send!(message, () => resolve()));
  process.on('message', async (received: unknown) => {
    const message = received as ToWorker;
    try {
      if (message.type === 'batch') {
        const end = Math.min(data.length, next + message.size);
        const batch: Batch = { wallMs: 0, cpuMs: 0, queries: 0, times: [], cpu: [], perCreate: [], load: 0 };
        const q0 = counter.queries;
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (; next < end; next++) {
          const q = counter.queries;
          const c = process.cpuUsage();
          const t = performance.now();
          const created = await documents.create({ data: data[next] });
          batch.times.push(performance.now() - t);
          const used = process.cpuUsage(c);
          batch.cpu.push((used.user + used.system) / 1000);
          batch.perCreate.push(counter.queries - q);
          slugs.push(created.slug);
        }
        batch.wallMs = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        batch.cpuMs = (cpu.user + cpu.system) / 1000;
        batch.queries = counter.queries - q0;
        batch.load = os.loadavg()[0];
        await send({ type: 'batch', batch });
      } else if (message.type === 'finish') {
        let mismatches = 0;
        if (mode !== 'repeat') {
          titles.slice(warmup, warmup + slugs.length).forEach((title, i) => {
            if (slugs[i] !== text.slugify(title, SLUG_MAX_LENGTH)) mismatches++;
          });
        }
        const where = mode === 'repeat' ? { title: REPEATED_TITLE } : {};
        const rows = await app.db.query(UID).findMany({ select: ['slug'], where });
        await send({
          type: 'finish',
          distinctReturned: new Set(slugs.filter(Boolean)).size,
          distinctStored: new Set(rows.map((row: { slug: string | null }) => row.slug).filter(Boolean)).size,
          stored: rows.length,
          slugMismatches: mismatches,
          firstSlugs: slugs.slice(0, 2),
          lastSlugs: slugs.slice(-2),
        });
        await app.destroy();
        process.exit(0);
      }
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  });
  await send({ type: 'ready', loadMs });
}

// ---------------------------------------------------------------- parent

interface Worker {
  mode: Mode;
  child: ChildProcess;
  /** Sends a message and resolves with the worker's next reply. */
  request: <M extends ToWorker>(message: M) => Promise<Replies[M['type']]>;
  /** Resolves with the worker's first message (ready, after load and warm-up). */
  ready: Promise<Replies['ready']>;
  exited: Promise<number>;
  tail: () => string;
}

interface PairRun {
  batches: Record<string, Batch[]>;
  finish: Record<string, Finish>;
  loadMs: Record<string, number>;
}

async function main() {
  const dbOption = option('--db') ?? 'sqlite';
  if (!['sqlite', 'postgres'].includes(dbOption)) throw new Error('--db must be sqlite or postgres');
  const db = dbOption as 'sqlite' | 'postgres';
  const runs = intOption('--runs', 3);
  const count = intOption('--count', 1000);
  const warmup = intOption('--warmup', 50);
  const batchSize = intOption('--batch', 100);

  console.log(
    `bench:slugs on ${db}: ${count} timed creates per worker after ${warmup} warm-up creates, batches of ${batchSize}; B: ${runs} runs`
  );
  console.log(
    `node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.release()}`
  );
  console.log(`1-min load average at start: ${f(os.loadavg()[0])}\n`);

  console.log('compiling (tsc -p tsconfig.json)…');
  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error('TypeScript compilation failed');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const databases = new Set<string>();
  const children = new Set<ChildProcess>();
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const child of children) child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, children.size ? 500 : 0));
    for (const name of databases) {
      await dropDatabase(name).catch((error: Error) => console.error('could not drop', name, error.message));
    }
    fs.rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      cleanup().finally(() => process.exit(130));
    });
  }

  let n = 0;
  const startWorker = async (mode: Mode): Promise<Worker> => {
    n++;
    const log = path.join(work, `worker-${n}-${mode}.log`);
    let dbEnv: Record<string, string>;
    if (db === 'postgres') {
      const name = `newsroom_bench_${process.pid}_${n}`;
      await createDatabase(name);
      databases.add(name);
      dbEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(name) };
    } else {
      dbEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, `bench-${n}-${mode}.db`) };
    }
    const logFd = fs.openSync(log, 'a');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', __filename, '--worker', mode, '--count', String(count), '--warmup', String(warmup)],
      {
        cwd: root,
        stdio: ['ignore', logFd, logFd, 'ipc'],
        env: {
          ...process.env,
          ...dbEnv,
          NODE_ENV: 'development',
          NEWSROOM_SEED: 'false',
          STRAPI_TELEMETRY_DISABLED: 'true',
          STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
          NEWSROOM_PLUGIN_ENABLED: mode === 'off' ? 'false' : 'true',
        },
      }
    );
    fs.closeSync(logFd);
    children.add(child);
    child.on('error', (error) => console.error(`worker ${mode}: ${error.message}`));
    const tail = () => fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
    const exited = new Promise<number>((resolve) =>
      child.on('exit', (code, signal) => {
        children.delete(child);
        resolve(code ?? (signal ? 1 : 0));
      })
    );
    const nextMessage = () =>
      new Promise<unknown>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const onMessage = (message: unknown) => {
          child.off('exit', onExit);
          clearTimeout(timer);
          resolve(message);
        };
        // A reply sent just before exiting may still be in flight: give it a moment.
        const onExit = (code: number | null) => {
          timer = setTimeout(() => {
            child.off('message', onMessage);
            reject(new Error(`worker ${mode} exited with ${code}:\n${tail()}`));
          }, 500);
        };
        child.once('message', onMessage);
        child.once('exit', onExit);
      });
    // The worker answers each message with the reply of its type (and first of all with `ready`).
    const ready = nextMessage() as Promise<Replies['ready']>;
    const request = <M extends ToWorker>(message: M) => {
      const reply = nextMessage() as Promise<Replies[M['type']]>;
      child.send(message);
      return reply;
    };
    return { mode, child, request, ready, exited, tail };
  };

  /** Loads two workers one after the other, then drives them in alternating batches (X Y Y X …). */
  const runPair = async (order: [Mode, Mode]): Promise<PairRun> => {
    const workers: Record<string, Worker> = {};
    const loadMs: Record<string, number> = {};
    for (const mode of order) {
      workers[mode] = await startWorker(mode);
      loadMs[mode] = (await workers[mode].ready).loadMs;
    }
    const batches: Record<string, Batch[]> = { [order[0]]: [], [order[1]]: [] };
    for (let b = 0, done = 0; done < count; b++, done += batchSize) {
      const size = Math.min(batchSize, count - done);
      for (const mode of b % 2 === 0 ? order : [order[1], order[0]]) {
        batches[mode].push((await workers[mode].request({ type: 'batch', size })).batch);
      }
    }
    const finish: Record<string, Finish> = {};
    for (const mode of order) {
      finish[mode] = await workers[mode].request({ type: 'finish' });
      const code = await workers[mode].exited;
      if (code !== 0) throw new Error(`worker ${mode} exited with ${code}:\n${workers[mode].tail()}`);
    }
    if (db === 'postgres') {
      for (const name of [...databases]) {
        await dropDatabase(name);
        databases.delete(name);
      }
    }
    return { batches, finish, loadMs };
  };

  let failed = false;
  let a: PairRun | undefined;
  const writes: WriteRun[] = [];
  try {
    // ---- A: the repeated title beside a control of distinct titles, both plugin ON
    process.stdout.write(`A  same title ×${count}, beside a control of distinct titles… `);
    a = await runPair(['repeat', 'on']);
    const times = a.batches.repeat.flatMap((x) => x.times);
    console.log(`mean ${f(mean(times.slice(0, 100)))} ms (first 100) → ${f(mean(times.slice(-100)))} ms (last 100)`);

    // ---- B
    for (let run = 0; run < runs; run++) {
      const order: [Mode, Mode] = run % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
      process.stdout.write(`B  run ${run + 1}/${runs} (${order.join(' first, ')} second)… `);
      const pair = await runPair(order);
      const line: string[] = [];
      for (const mode of ['on', 'off'] as const) {
        const list = pair.batches[mode];
        const fin = pair.finish[mode];
        const w: WriteRun = {
          mode,
          count,
          totalMs: sum(list.map((x) => x.wallMs)),
          cpuMs: sum(list.map((x) => x.cpuMs)),
          queries: sum(list.map((x) => x.queries)),
          times: list.flatMap((x) => x.times),
          batchMs: list.map((x) => x.wallMs),
          distinct: fin.distinctReturned,
          stored: fin.stored,
          slugMismatches: fin.slugMismatches,
          maxLoad: Math.max(...pair.batches.on.map((x) => x.load), ...pair.batches.off.map((x) => x.load)),
        };
        writes.push(w);
        line.push(`${mode.toUpperCase()} ${f(w.totalMs, 0)} ms (${f(w.totalMs / count)} ms/create)`);
      }
      console.log(
        `${line.join(', ')}, ON/OFF ${f(writes.at(-2)!.totalMs / writes.at(-1)!.totalMs, 3)}, max load avg ${f(writes.at(-1)!.maxLoad)}`
      );
    }
  } catch (error) {
    failed = true;
    console.error('\nbenchmark crashed:', error instanceof Error ? error.message : error);
  }

  // ------------------------------------------------------------ report
  let slugsOk = true;
  const summary: [string, string, string, string][] = [];
  console.log(`\n================ bench:slugs results (${db}) ================\n`);

  if (a && a.batches.repeat.length) {
    const rep = a.batches.repeat;
    const ctl = a.batches.on;
    const times = rep.flatMap((x) => x.times);
    const cpu = rep.flatMap((x) => x.cpu);
    const perCreate = rep.flatMap((x) => x.perCreate);
    const control = ctl.flatMap((x) => x.times);
    const controlQueries = ctl.flatMap((x) => x.perCreate);
    const loads = rep.flatMap((x) => x.times.map(() => x.load));
    const fin = a.finish.repeat;
    const head = times.slice(0, 100);
    const tail = times.slice(-100);
    const ratio = mean(tail) / mean(head);
    const controlRatio = mean(control.slice(-100)) / mean(control.slice(0, 100));
    const distinct = fin.distinctReturned === count && fin.distinctStored === count && fin.stored === count;
    slugsOk &&= distinct && a.finish.on.distinctReturned === count;
    console.log(`A. "${REPEATED_TITLE}" created ${count}× in a row (after ${warmup} warm-up creates of other titles),`);
    console.log(
      `   beside a control worker creating ${count} distinct titles, plugin ON both, batches of ${batchSize} alternating`
    );
    console.log(
      '   creates         repeated title: mean ms   median   p95      CPU ms   queries   | control: mean ms   queries   load avg'
    );
    for (let start = 0; start < count; start += 100) {
      const t = times.slice(start, start + 100);
      const c = control.slice(start, start + 100);
      console.log(
        `   ${`${start + 1}–${start + t.length}`.padEnd(16)}${f(mean(t)).padStart(23)}${f(median(t)).padStart(9)}` +
          `${f(percentile(t, 95)).padStart(8)}${f(mean(cpu.slice(start, start + 100))).padStart(11)}` +
          `${f(mean(perCreate.slice(start, start + 100)), 1).padStart(10)}   |${f(mean(c)).padStart(18)}` +
          `${f(mean(controlQueries.slice(start, start + 100)), 1).padStart(10)}${f(loads[start + t.length - 1]).padStart(11)}`
      );
    }
    console.log(`   slugs: ${fin.firstSlugs.join(', ')}, … ${fin.lastSlugs.join(', ')}`);
    console.log(
      `   distinct: ${fin.distinctReturned}/${count} returned, ${fin.distinctStored} distinct of ${fin.stored} rows stored`
    );
    console.log(`   last 100 / first 100: repeated title ${f(ratio)}, control ${f(controlRatio)}`);
    console.log(
      `   repeated title vs control in the side-by-side batches: first 100 ×${f(mean(head) / mean(control.slice(0, 100)))}, ` +
        `last 100 ×${f(mean(tail) / mean(control.slice(-100)))} → growth beyond the control's ${f(ratio / controlRatio)}\n`
    );
    summary.push([`A  mean ms/create, creates 1–${head.length}`, f(mean(head)), '', '']);
    summary.push([`A  mean ms/create, creates ${count - tail.length + 1}–${count}`, f(mean(tail)), '', '']);
    summary.push(['A  ratio last 100 / first 100', f(ratio), '≤ 1.5', ratio <= 1.5 ? 'met' : 'NOT met']);
    summary.push(['A  (same ratio for the control)', f(controlRatio), '', '']);
    summary.push(['A  (ratio relative to the control)', f(ratio / controlRatio), '', '']);
    summary.push(['A  all slugs distinct', `${fin.distinctStored}/${count}`, 'all', distinct ? 'yes' : 'NO']);
  }

  const on = writes.filter((w) => w.mode === 'on');
  const off = writes.filter((w) => w.mode === 'off');
  for (const w of writes) if (w.distinct !== w.count || w.stored !== w.count + warmup) slugsOk = false;
  if (on.length && off.length) {
    const onTotal = median(on.map((w) => w.totalMs));
    const offTotal = median(off.map((w) => w.totalMs));
    const ratio = onTotal / offTotal;
    console.log(`B. ${count} creates with distinct titles and a text body, ${on.length} runs per configuration`);
    console.log(
      '   config   wall ms per run          median    ms/create   median single   CPU ms/create   queries/create   distinct'
    );
    for (const [name, group] of [
      ['ON', on],
      ['OFF', off],
    ] as const) {
      const med = median(group.map((w) => w.totalMs));
      console.log(
        `   ${name.padEnd(9)}${group
          .map((w) => f(w.totalMs, 0))
          .join(', ')
          .padEnd(24)}` +
          `${f(med, 0).padStart(7)}${f(med / count).padStart(13)}` +
          `${f(median(group.map((w) => median(w.times)))).padStart(16)}` +
          `${f(median(group.map((w) => w.cpuMs)) / count).padStart(16)}` +
          `${f(mean(group.map((w) => w.queries / w.count)), 1).padStart(17)}` +
          `${(group.every((w) => w.distinct === w.count) ? 'all' : 'NO').padStart(11)}`
      );
    }
    const mismatches = sum(on.map((w) => w.slugMismatches));
    if (mismatches) console.log(`   note: ${mismatches} slugs made with the plugin ON differ from slugify(title)`);
    console.log(`   ON/OFF per run: ${on.map((w, i) => f(w.totalMs / off[i].totalMs, 3)).join(', ')}`);
    const singleRatio = median(on.map((w) => median(w.times))) / median(off.map((w) => median(w.times)));
    const cpuRatio = median(on.map((w) => w.cpuMs)) / median(off.map((w) => w.cpuMs));
    const paired = on.flatMap((w, i) => w.batchMs.map((ms, b) => ms / off[i].batchMs[b]));
    console.log(`   ON/OFF of median single create: ${f(singleRatio, 3)}; of worker CPU time: ${f(cpuRatio, 3)}`);
    console.log(
      `   ON/OFF of side-by-side batches (${paired.length} pairs of ${batchSize}): median ${f(median(paired), 3)}, ` +
        `quartiles ${f(percentile(paired, 25), 3)}–${f(percentile(paired, 75), 3)}`
    );
    console.log(`   max 1-min load average per run: ${on.map((w) => f(w.maxLoad)).join(', ')}\n`);
    summary.push(['B  ms/create plugin ON (median run)', f(onTotal / count), '', '']);
    summary.push(['B  ms/create plugin OFF (median run)', f(offTotal / count), '', '']);
    summary.push(['B  ratio ON/OFF', f(ratio, 3), '≤ 1.15', ratio <= 1.15 ? 'met' : 'NOT met']);
    summary.push(['B  (median of side-by-side batch ratios)', f(median(paired), 3), '', '']);
  }

  console.log(`Summary (${db}, 1-min load average now ${f(os.loadavg()[0])})`);
  console.log(`   ${'measure'.padEnd(42)}${'value'.padStart(10)}${'target'.padStart(9)}   result`);
  for (const [name, value, target, result] of summary) {
    console.log(`   ${name.padEnd(42)}${value.padStart(10)}${target.padStart(9)}   ${result}`);
  }

  await cleanup();
  if (!slugsOk) console.error('\nslugs were not all distinct (or rows are missing)');
  process.exit(failed || !slugsOk ? 1 : 0);
}

const workerMode = option('--worker') as Mode | undefined;
if (workerMode) {
  if (!['repeat', 'on', 'off'].includes(workerMode)) throw new Error(`unknown worker mode ${workerMode}`);
  worker(workerMode).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
