/**
 * A benchmark, not a test: it prints figures and asserts no timing.
 *
 *   A. Suffix cost as a title repeats: 1 000 creates of the same title through
 *      the document service; mean ms per create for creates 1–100 and
 *      901–1000, their ratio (target ≤ 1.5), and whether all slugs are distinct.
 *   B. Cost of the plugin on writes: 1 000 creates with distinct titles and a
 *      text body, plugin ON vs OFF (NEWSROOM_PLUGIN_ENABLED=false), run
 *      alternately; median total per configuration and ON/OFF (target ≤ 1.15).
 *
 * Every measurement runs in its own child process (`--worker <mode>`) with
 * Strapi loaded in-process on a fresh database: a temporary SQLite file
 * (default) or a throwaway PostgreSQL database (`--db postgres`).
 *
 *   tsx scripts/bench-slugs.ts [--db sqlite|postgres] [--runs N] [--count N] [--warmup N]
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';

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

type Mode = 'repeat' | 'on' | 'off';

interface RepeatResult {
  mode: 'repeat';
  count: number;
  warmup: number;
  times: number[];
  queries: number[];
  distinctReturned: number;
  distinctStored: number;
  stored: number;
  firstSlugs: string[];
  lastSlugs: string[];
  loadMs: number;
  load: [number, number];
}

interface WriteResult {
  mode: 'on' | 'off';
  count: number;
  warmup: number;
  totalMs: number;
  /** CPU time of the worker process (Strapi + SQLite driver; not the PostgreSQL server) over the timed creates */
  cpuMs: number;
  times: number[];
  queries: number;
  distinct: number;
  stored: number;
  slugMismatches: number;
  loadMs: number;
  /** 1-minute load average before and after the timed creates: other work on the machine shows here */
  load: [number, number];
}

type WorkerResult = RepeatResult | WriteResult;

// ---------------------------------------------------------------- data

/** Deterministic PRNG so every run writes the same articles. */
const mulberry32 = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SUBJECTS = [
  'City council', 'Central bank', 'Health ministry', 'Opposition leader', 'Prime minister', 'Local farmers',
  'Tech start-up', 'University researchers', 'Football club', 'Teachers’ union', 'Regional court', 'Energy regulator',
  'Port authority', 'Climate scientists', 'Film festival', 'Housing agency', 'Police chief', 'National airline',
  'Transport minister', 'Hospital staff',
];
const VERBS = [
  'approves', 'rejects', 'delays', 'announces', 'questions', 'unveils', 'defends', 'expands', 'cuts', 'reviews',
  'backs', 'criticises', 'launches', 'suspends', 'doubles',
];
const OBJECTS = [
  'new budget', 'housing plan', 'rail project', 'tax reform', 'water tariffs', 'school reforms', 'wind farm',
  'emergency fund', 'pension changes', 'flood defences', 'digital ID scheme', 'bus network', 'research grants',
  'minimum wage rise', 'airport expansion',
];
const TAILS = [
  'for 2026', 'after long debate', 'amid protests', 'in surprise move', 'despite warnings', 'ahead of elections',
  'as costs rise', 'following review', 'after court ruling', 'in northern region',
];
const WORDS = (
  'the minister said on tuesday that the plan would be reviewed again before the end of the year while critics ' +
  'argued that local residents had not been consulted and that the costs were likely to rise further officials ' +
  'expect a final decision in spring after the committee has heard evidence from experts unions and businesses ' +
  'across the region where unemployment remains above the national average and many families depend on public ' +
  'transport to reach schools hospitals and workplaces in the city centre'
).split(' ');

/** `n` distinct headline-like titles, the same for every run. */
const makeTitles = (n: number, seed: number) => {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const titles = new Set<string>();
  while (titles.size < n) titles.add(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`);
  return [...titles];
};

/** A dynamic-zone body: one `article.text` block with a few paragraphs of blocks JSON. */
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
    return { type: 'paragraph', children: [{ type: 'text', text }] };
  });
  return [{ __component: 'article.text', content }];
};

// ---------------------------------------------------------------- stats

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
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

// ---------------------------------------------------------------- worker

async function worker(mode: Mode, out: string) {
  process.env.NODE_ENV ??= 'development';
  process.env.NEWSROOM_SEED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';
  process.env.NEWSROOM_PLUGIN_ENABLED = mode === 'off' ? 'false' : 'true';
  const count = intOption('--count', 1000);
  const warmup = intOption('--warmup', 50);

  // Loaded only here: the parent never loads Strapi.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createStrapi } = require('@strapi/strapi');
  const started = performance.now();
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  await app.load();
  const loadMs = performance.now() - started;

  const pluginLoaded = Boolean(app.plugin('newsroom'));
  if (pluginLoaded !== (mode !== 'off')) throw new Error(`plugin loaded = ${pluginLoaded} in mode ${mode}`);

  let queryCount = 0;
  app.db.connection.on('query', () => queryCount++);
  const documents = app.documents(UID);
  const random = mulberry32(42);

  let result: WorkerResult;
  if (mode === 'repeat') {
    // Warm up on other titles, so JIT and caches do not flatter creates 1–100.
    for (const title of makeTitles(warmup, 7)) await documents.create({ data: { title, body: makeBody(random) } });
    const bodies = Array.from({ length: count }, () => makeBody(random));
    const times: number[] = [];
    const queries: number[] = [];
    const slugs: string[] = [];
    const load0 = os.loadavg()[0];
    for (let i = 0; i < count; i++) {
      const before = queryCount;
      const t0 = performance.now();
      const created = await documents.create({ data: { title: REPEATED_TITLE, body: bodies[i] } });
      times.push(performance.now() - t0);
      queries.push(queryCount - before);
      slugs.push(created.slug);
    }
    const rows = await app.db.query(UID).findMany({ select: ['slug'], where: { title: REPEATED_TITLE } });
    result = {
      mode,
      count,
      warmup,
      times,
      queries,
      distinctReturned: new Set(slugs.filter(Boolean)).size,
      distinctStored: new Set(rows.map((row: any) => row.slug).filter(Boolean)).size,
      stored: rows.length,
      firstSlugs: slugs.slice(0, 3),
      lastSlugs: slugs.slice(-3),
      loadMs,
      load: [load0, os.loadavg()[0]],
    };
  } else {
    // The compiled plugin's own text functions, so OFF stores exactly what ON derives.
    const text = require(path.join(root, 'dist/src/plugins/newsroom/server/text'));
    const { readBody } = require(path.join(root, 'dist/src/plugins/newsroom/server/services/reading'));
    const rates = { ...text.defaultReadingRates, wordsPerMinute: 230, cjkCharactersPerMinute: 500 };
    const readingOptions = { body: 'body', textComponents: { 'article.text': 'content' }, imageComponents: ['article.image'] };

    const titles = makeTitles(warmup + count, 1234);
    const data = titles.map((title) => {
      const body = makeBody(random);
      if (mode === 'on') return { title, body };
      // Plugin OFF: the same columns the plugin would fill, given explicitly.
      const { text: plain, images } = readBody(readingOptions, body);
      const counts = text.countWords(plain);
      return {
        title,
        body,
        slug: text.slugify(title, 100),
        wordCount: counts.words + counts.cjkCharacters,
        readingTime: text.readingTime({ ...counts, images }, rates),
        excerpt: text.excerpt(null, plain, 200),
      };
    });

    for (const item of data.slice(0, warmup)) await documents.create({ data: item });
    const times: number[] = [];
    const slugs: string[] = [];
    let mismatches = 0;
    const before = queryCount;
    const load0 = os.loadavg()[0];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const item of data.slice(warmup)) {
      const t = performance.now();
      const created = await documents.create({ data: item });
      times.push(performance.now() - t);
      slugs.push(created.slug);
    }
    const totalMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const queries = queryCount - before;
    titles.slice(warmup).forEach((title, i) => {
      if (slugs[i] !== text.slugify(title, 100)) mismatches++;
    });
    const stored = await app.db.query(UID).count();
    result = {
      mode,
      count,
      warmup,
      totalMs,
      cpuMs,
      times,
      queries,
      distinct: new Set(slugs.filter(Boolean)).size,
      stored,
      slugMismatches: mismatches,
      loadMs,
      load: [load0, os.loadavg()[0]],
    };
  }

  fs.writeFileSync(out, JSON.stringify(result));
  await app.destroy();
}

// ---------------------------------------------------------------- parent

interface Run {
  mode: Mode;
  result: WorkerResult;
}

async function main() {
  const db = option('--db') === 'postgres' ? 'postgres' : 'sqlite';
  if (option('--db') && !['sqlite', 'postgres'].includes(option('--db'))) throw new Error('--db must be sqlite or postgres');
  const runs = intOption('--runs', 3);
  const count = intOption('--count', 1000);
  const warmup = intOption('--warmup', 50);

  console.log(`bench:slugs on ${db}: ${count} creates per measurement, ${warmup} warm-up creates, ${runs} ON/OFF pairs`);
  console.log(`node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.release()}\n`);

  console.log('compiling (tsc -p tsconfig.json)…');
  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error('TypeScript compilation failed');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const databases: string[] = [];
  let current: ReturnType<typeof spawn> | undefined;
  let failed = false;
  const cleanup = async () => {
    current?.kill('SIGKILL');
    for (const name of databases.splice(0)) {
      await dropDatabase(name).catch((error) => console.error('could not drop', name, error.message));
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
  const runWorker = async (mode: Mode): Promise<WorkerResult> => {
    n++;
    const out = path.join(work, `result-${n}-${mode}.json`);
    const log = path.join(work, `worker-${n}-${mode}.log`);
    let dbEnv: Record<string, string>;
    let dbName: string | undefined;
    if (db === 'postgres') {
      dbName = `newsroom_bench_${process.pid}_${n}`;
      await createDatabase(dbName);
      databases.push(dbName);
      dbEnv = { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(dbName) };
    } else {
      dbEnv = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, `bench-${n}-${mode}.db`) };
    }
    const label = { repeat: 'A  repeated title', on: 'B  plugin ON', off: 'B  plugin OFF' }[mode];
    process.stdout.write(`[${n}] ${label}… `);
    const t0 = performance.now();
    const logFd = fs.openSync(log, 'a');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', __filename, '--worker', mode, '--out', out, '--count', String(count), '--warmup', String(warmup)],
      {
        cwd: root,
        stdio: ['ignore', logFd, logFd],
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
    current = child;
    const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
    current = undefined;
    fs.closeSync(logFd);
    if (dbName) {
      await dropDatabase(dbName);
      databases.splice(databases.indexOf(dbName), 1);
    }
    if (code !== 0 || !fs.existsSync(out)) {
      const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`worker ${mode} exited with ${code}:\n${tail}`);
    }
    const result: WorkerResult = JSON.parse(fs.readFileSync(out, 'utf8'));
    const wall = (performance.now() - t0) / 1000;
    if (result.mode === 'repeat') {
      console.log(`done in ${f(wall, 1)} s (Strapi load ${f(result.loadMs / 1000, 1)} s, load avg ${f(result.load[0])}→${f(result.load[1])})`);
    } else {
      console.log(
        `${f(result.totalMs, 0)} ms for ${result.count} creates = ${f(result.totalMs / result.count)} ms/create, ` +
          `CPU ${f(result.cpuMs / result.count)} ms/create, ${f(result.queries / result.count, 1)} queries/create ` +
          `(${f(wall, 1)} s, Strapi load ${f(result.loadMs / 1000, 1)} s, load avg ${f(result.load[0])}→${f(result.load[1])})`
      );
    }
    return result;
  };

  const all: Run[] = [];
  try {
    all.push({ mode: 'repeat', result: await runWorker('repeat') });
    for (let i = 0; i < runs; i++) {
      all.push({ mode: 'on', result: await runWorker('on') });
      all.push({ mode: 'off', result: await runWorker('off') });
    }
  } catch (error) {
    failed = true;
    console.error('\nbenchmark crashed:', error instanceof Error ? error.message : error);
  }

  // ------------------------------------------------------------ report
  const lines: string[] = [];
  const print = (line = '') => lines.push(line);
  let slugsOk = true;

  const repeat = all.find((run) => run.mode === 'repeat')?.result as RepeatResult | undefined;
  if (repeat) {
    const head = repeat.times.slice(0, 100);
    const tail = repeat.times.slice(-100);
    const ratio = mean(tail) / mean(head);
    const distinct = repeat.distinctReturned === repeat.count && repeat.distinctStored === repeat.count;
    slugsOk &&= distinct;
    print(`A. Same title created ${repeat.count}× ("${REPEATED_TITLE}"), after ${repeat.warmup} warm-up creates`);
    print('   creates      mean ms   median ms   p95 ms   queries/create');
    for (let start = 0; start < repeat.count; start += 100) {
      const t = repeat.times.slice(start, start + 100);
      const q = repeat.queries.slice(start, start + 100);
      print(
        `   ${String(start + 1).padStart(4)}–${String(start + t.length).padEnd(6)}` +
          `${f(mean(t)).padStart(8)}${f(median(t)).padStart(12)}${f(percentile(t, 95)).padStart(9)}${f(mean(q), 1).padStart(17)}`
      );
    }
    print(`   first slugs: ${repeat.firstSlugs.join(', ')}   last: ${repeat.lastSlugs.join(', ')}`);
    print(
      `   distinct slugs: ${repeat.distinctReturned}/${repeat.count} returned, ${repeat.distinctStored}/${repeat.stored} stored ` +
        `→ ${distinct ? 'all distinct' : 'NOT ALL DISTINCT'}`
    );
    print(`   1-min load average: ${f(repeat.load[0])} before, ${f(repeat.load[1])} after`);
    print();
    print(`   mean 1–100: ${f(mean(head))} ms, mean ${repeat.count - 99}–${repeat.count}: ${f(mean(tail))} ms, ratio ${f(ratio)} (target ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
    print();
  }

  const writes = all.filter((run) => run.mode !== 'repeat').map((run) => run.result as WriteResult);
  const on = writes.filter((w) => w.mode === 'on');
  const off = writes.filter((w) => w.mode === 'off');
  for (const w of writes) {
    if (w.distinct !== w.count) slugsOk = false;
  }
  let ratioB = NaN;
  if (on.length && off.length) {
    const onMedian = median(on.map((w) => w.totalMs));
    const offMedian = median(off.map((w) => w.totalMs));
    ratioB = onMedian / offMedian;
    print(`B. ${on[0].count} creates, distinct titles, text body (${on[0].warmup} warm-up creates each), ${on.length} ON and ${off.length} OFF runs alternated`);
    const distinctAll = (group: WriteResult[]) => (group.every((w) => w.distinct === w.count) ? 'all' : 'NO');
    print('   config   wall ms per run            median wall   ms/create   median single   CPU ms/create   queries/create   distinct slugs');
    for (const [name, group] of [['ON', on], ['OFF', off]] as const) {
      const totals = group.map((w) => w.totalMs);
      const med = median(totals);
      print(
        `   ${name.padEnd(8)} ${totals.map((t) => f(t, 0)).join(', ').padEnd(26)}` +
          `${f(med, 0).padStart(12)}${f(med / group[0].count).padStart(12)}` +
          `${f(median(group.map((w) => median(w.times)))).padStart(16)}` +
          `${f(median(group.map((w) => w.cpuMs)) / group[0].count).padStart(16)}` +
          `${f(mean(group.map((w) => w.queries / w.count)), 1).padStart(17)}` +
          `${distinctAll(group).padStart(17)}`
      );
    }
    const mismatches = on.reduce((sum, w) => sum + w.slugMismatches, 0);
    if (mismatches) print(`   note: ${mismatches} ON slugs differ from slugify(title)`);
    const loads = writes.map((w) => Math.max(...w.load));
    print(`   1-min load average during the runs: ${loads.map((l) => f(l)).join(', ')} (2 cores: above ~1 means other work competed)`);
    print();
    const cpuRatio = median(on.map((w) => w.cpuMs)) / median(off.map((w) => w.cpuMs));
    print(`   ON/OFF of median single-create times: ${f(median(on.map((w) => median(w.times))) / median(off.map((w) => median(w.times))), 3)}, of median CPU time: ${f(cpuRatio, 3)}`);
    print(`   ON/OFF (median totals): ${f(ratioB, 3)} (target ≤ 1.15: ${ratioB <= 1.15 ? 'met' : 'NOT met'})`);
    print();
  }

  console.log(`\n================ bench:slugs summary (${db}) ================\n`);
  console.log(lines.join('\n'));
  console.log('Summary');
  console.log('   measure                              value     target   result');
  if (repeat) {
    const ratio = mean(repeat.times.slice(-100)) / mean(repeat.times.slice(0, 100));
    console.log(`   A  mean ms/create, creates 1–100   ${f(mean(repeat.times.slice(0, 100))).padStart(9)}`);
    console.log(`   A  mean ms/create, last 100        ${f(mean(repeat.times.slice(-100))).padStart(9)}`);
    console.log(`   A  ratio last/first 100            ${f(ratio).padStart(9)}     ≤ 1.5   ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
    console.log(`   A  distinct slugs                  ${`${repeat.distinctStored}/${repeat.count}`.padStart(9)}       all   ${repeat.distinctStored === repeat.count && repeat.distinctReturned === repeat.count ? 'yes' : 'NO'}`);
  }
  if (on.length && off.length) {
    console.log(`   B  ms/create plugin ON (median)    ${f(median(on.map((w) => w.totalMs)) / on[0].count).padStart(9)}`);
    console.log(`   B  ms/create plugin OFF (median)   ${f(median(off.map((w) => w.totalMs)) / off[0].count).padStart(9)}`);
    console.log(`   B  ratio ON/OFF                    ${f(ratioB, 3).padStart(9)}    ≤ 1.15   ${ratioB <= 1.15 ? 'met' : 'NOT met'}`);
  }

  await cleanup();
  if (!slugsOk) console.error('\nslugs were not all distinct');
  process.exit(failed || !slugsOk ? 1 : 0);
}

const workerMode = option('--worker') as Mode | undefined;
if (workerMode) {
  if (!['repeat', 'on', 'off'].includes(workerMode)) throw new Error(`unknown worker mode ${workerMode}`);
  worker(workerMode, option('--out'))
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
