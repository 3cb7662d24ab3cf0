/**
 * Imports stories from files into the CMS: plain text in the sample story's
 * shape, HTML articles, whole pages saved from news sites, and whole sites
 * exported from WordPress (WXR) or Ghost (JSON), one story per post.
 *
 *   npm run import -- <files, folders or globs>… [options]
 *
 *   --publish            publish what is imported (default: drafts); a CMS export's
 *                        own statuses win over it
 *   --dry-run            parse, check and try every write, then roll it back
 *   --author "Name"      the author of stories that name none (default: Newsroom Staff)
 *   --root <dir>         file identities are paths relative to it (default: where you run the command)
 *   --max-size <MB>      refuse larger files (default: 2)
 *   --concurrency <n>    stories written at once, on PostgreSQL (default: 1; SQLite always 1)
 *   --processes <n>      Node.js processes importing side by side, on PostgreSQL, each
 *                        with --concurrency lanes (default: 1; SQLite always 1)
 *   --no-fetch-images    do not download pictures from http(s) addresses
 *   --no-compile         skip compiling the app (when dist/ is known to be fresh)
 *   --json               print the summary as JSON on stdout
 *
 * Strapi is loaded in this process (no HTTP server), on the database the
 * usual variables name (DATABASE_CLIENT, DATABASE_URL, DATABASE_FILENAME, …),
 * so writes go through the document service like an editor's. Exit code: 0
 * when every file was imported, 1 when any failed, 2 for a usage error or
 * when nothing matched.
 *
 * With --processes, this file is also what each process runs: it serves the
 * files the parent process hands out (src/importer/import-processes.ts).
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { Presets, SingleBar } from 'cli-progress';
import type { Core } from '@strapi/strapi';
import { expandSources } from '../src/importer/run/expand-sources';
import { DEFAULT_MAX_BYTES, importFiles, type FileResult, type ImportSummary } from '../src/importer/run/import-files';
import { importInProcesses, serveImports, WORKER_ENV } from '../src/importer/run/import-processes';
import { waitForIdleDatabase } from '../src/importer/run/wait-for-idle-database';

const root = path.resolve(__dirname, '..');
// npm runs scripts from the project root; paths on the command line are relative to where it was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();

interface Cli {
  sources: string[];
  publish: boolean;
  dryRun: boolean;
  author?: string;
  root: string;
  maxBytes: number;
  fetchImages: boolean;
  concurrency: number;
  processes: number;
  compile: boolean;
  json: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = {
    sources: [],
    publish: false,
    dryRun: false,
    root: cwd,
    maxBytes: DEFAULT_MAX_BYTES,
    fetchImages: true,
    concurrency: 1,
    processes: 1,
    compile: true,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--publish') cli.publish = true;
    else if (arg === '--dry-run') cli.dryRun = true;
    else if (arg === '--author') cli.author = value();
    else if (arg === '--root') cli.root = path.resolve(cwd, value());
    else if (arg === '--max-size') {
      const mb = Number(value());
      if (!(mb > 0)) throw new UsageError('--max-size takes a number of megabytes');
      cli.maxBytes = Math.round(mb * 1024 * 1024);
    } else if (arg === '--concurrency') {
      cli.concurrency = Number(value());
      if (!Number.isInteger(cli.concurrency) || cli.concurrency < 1 || cli.concurrency > 32)
        throw new UsageError('--concurrency takes a whole number from 1 to 32');
    } else if (arg === '--processes') {
      cli.processes = Number(value());
      if (!Number.isInteger(cli.processes) || cli.processes < 1 || cli.processes > 16)
        throw new UsageError('--processes takes a whole number from 1 to 16');
    } else if (arg === '--no-fetch-images') cli.fetchImages = false;
    else if (arg === '--no-compile') cli.compile = false;
    else if (arg === '--json') cli.json = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else cli.sources.push(arg);
  }
  if (!cli.sources.length) throw new UsageError('name at least one file, folder or glob');
  return cli;
}

const usage = () => {
  const header = fs.readFileSync(__filename, 'utf8').match(/\/\*\*([\s\S]*?)\*\//)?.[1] ?? '';
  return header.replace(/^ \* ?/gm, '').trim();
};

const shown = (file: string) => path.relative(cwd, file) || file;
/** A file, or the post of a CMS export a result is for. */
const shownResult = (result: FileResult) => `${shown(result.file)}${result.entry ? ` › ${result.entry}` : ''}`;

/** A progress bar on a terminal; one plain line a file in CI and in logs. */
function progressReporter(total: number) {
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  if (!interactive) {
    const width = String(total).length;
    return {
      update(result: FileResult, done: number, now = total) {
        const reason = result.reason ? ` — ${result.reason}` : '';
        process.stderr.write(
          `[${String(done).padStart(width)}/${now}] ${result.outcome.padEnd(9)} ${shownResult(result)}${reason}\n`
        );
      },
      stop() {},
    };
  }
  const bar = new SingleBar(
    {
      format:
        ' {bar} {value}/{total} | {created} created, {updated} updated, {unchanged} unchanged, {failed} failed | {eta_formatted} left | {file}',
      hideCursor: true,
      stream: process.stderr,
    },
    Presets.shades_classic
  );
  bar.start(total, 0, { ...counts, file: '' });
  return {
    update(result: FileResult, done: number, now = total) {
      counts[result.outcome]++;
      // A CMS export is one file and many stories: the total grows as it is read.
      if (now > bar.getTotal()) bar.setTotal(now);
      bar.update(done, { ...counts, file: path.basename(result.file) });
    },
    stop: () => bar.stop(),
  };
}

function printSummary(summary: ImportSummary, cli: Cli, seconds: number) {
  const verb = (outcome: string) => (cli.dryRun ? `would be ${outcome}` : outcome);
  const mode = cli.dryRun ? 'Dry run, nothing written' : cli.publish ? 'Imported and published' : 'Imported as drafts';
  const lines = [
    '',
    `${mode}: ${summary.total} file${summary.total === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`,
    `  ${summary.created} ${verb('created')}, ${summary.updated} ${verb('updated')}, ${summary.unchanged} unchanged, ${summary.failed} failed`,
  ];
  const failed = summary.reported.filter((result) => result.outcome === 'failed');
  if (failed.length) lines.push('', 'Failed:', ...failed.map((result) => `  ${shownResult(result)}: ${result.reason}`));
  const warned = summary.reported.filter((result) => result.warnings.length);
  if (warned.length) {
    lines.push('', 'Warnings:');
    for (const result of warned)
      lines.push(`  ${shownResult(result)}:`, ...result.warnings.map((warning) => `    - ${warning}`));
    if (summary.warnedUnlisted)
      lines.push(`  … and ${summary.warnedUnlisted} more with warnings (--json lists every file with its warnings)`);
  }
  for (const notice of summary.notices) lines.push('', `Note: ${notice}`);
  console.log(lines.join('\n'));
}

async function loadStrapi(): Promise<Core.Strapi> {
  process.env.NODE_ENV ??= 'development';
  // An import into an empty database must not bring the demo story along.
  process.env.NEWSROOM_SEED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the parent of --processes loads no Strapi
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  // Start-up advice (email provider, GraphQL limits) is for the server's log, not an import report.
  app.log.level = 'error';
  await app.load();
  return app;
}

async function main(): Promise<number> {
  let cli: Cli;
  try {
    cli = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (!error.message) {
      console.log(usage());
      return 0;
    }
    console.error(`import: ${error.message}\n\n${usage()}`);
    return 2;
  }

  const { files, unmatched } = await expandSources(cli.sources, cwd);
  for (const arg of unmatched) console.error(`import: ${arg} matches no file`);
  if (!files.length) return 2;

  if (cli.compile) {
    // Strapi loads the app (plugin, middlewares, schema) from dist/: it must match src/.
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (tsc.status !== 0) {
      console.error('import: the app does not compile (see above)');
      return 1;
    }
  }

  const started = performance.now();
  const results: FileResult[] = [];
  const options = {
    publish: cli.publish,
    dryRun: cli.dryRun,
    defaultAuthorName: cli.author,
    root: cli.root,
    maxBytes: cli.maxBytes,
    fetchImages: cli.fetchImages,
    concurrency: cli.concurrency,
  };
  const progress = cli.json ? undefined : progressReporter(files.length);
  const onFile = (result: FileResult, done: number, total: number) => {
    progress?.update(result, done, total);
    if (cli.json) results.push(result);
  };
  let summary: ImportSummary;
  let processes = 1;
  try {
    if (cli.processes > 1) {
      ({ summary, processes } = await importInProcesses(files, options, {
        processes: cli.processes,
        entry: __filename,
        onFile,
      }));
    } else {
      const strapi = await loadStrapi();
      try {
        summary = await importFiles(strapi, files, options, onFile);
      } finally {
        await waitForIdleDatabase(strapi);
        await strapi.destroy();
      }
    }
  } finally {
    progress?.stop();
  }
  for (const arg of unmatched) {
    summary.total++;
    summary.failed++;
    const missing: FileResult = {
      file: path.resolve(cwd, arg),
      outcome: 'failed',
      reason: 'no such file, or a glob that matches none',
      warnings: [],
    };
    summary.reported.push(missing);
    results.push(missing);
  }
  const seconds = (performance.now() - started) / 1000;
  // One line, last: easy to pick out of whatever else went to stdout.
  if (cli.json)
    console.log(
      JSON.stringify({ ...summary, files: results, dryRun: cli.dryRun, publish: cli.publish, seconds, processes })
    );
  else printSummary(summary, cli, seconds);
  return summary.failed > 0 ? 1 : 0;
}

/** One of several importing processes: Strapi here, files from the parent. */
async function serve(): Promise<number> {
  const strapi = await loadStrapi();
  try {
    await serveImports(strapi);
  } finally {
    await strapi.destroy();
  }
  return 0;
}

(process.env[WORKER_ENV] ? serve() : main()).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
