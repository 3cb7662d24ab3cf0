/**
 * A large import on PostgreSQL, spread over several processes. One Node.js
 * process spends its one core in Strapi's write path while the database
 * waits, so a second process, each with its own Strapi, writes more stories
 * per second on a machine with cores to spare. Every process writes through
 * the document service exactly as a single one does; the database already
 * keeps two imports of the same story or author apart (unique source ids,
 * advisory locks), so the processes need no coordination beyond handing out
 * files.
 *
 * The parent loads no Strapi: it forks `entry` (the import command line,
 * which serves imports when NEWSROOM_IMPORT_WORKER is set), hands each
 * process the next file when one of its lanes is free, and tallies the
 * results into one summary, in the order they finish.
 */
import { fork, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import {
  emptySummary,
  importFiles,
  isPostgres,
  tally,
  type FileResult,
  type ImportOptions,
  type ImportSummary,
} from './import-files';
import { waitForIdleDatabase } from './wait-for-idle-database';

type ToWorker = { type: 'import'; options: ImportOptions } | { type: 'file'; file?: string };
type FromWorker =
  | { type: 'ready'; postgres: boolean }
  | { type: 'take' }
  | { type: 'result'; result: FileResult }
  | { type: 'finished'; notices: string[]; stats: WorkerStats };

/** What one process did, for benchmarks. */
export interface WorkerStats {
  files: number;
  queries: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** heap in use after a collection, every HEAP_SAMPLE_EVERY files; empty unless node ran with --expose-gc */
  heapAfterGcMb: number[];
}

/** bench:import runs the processes with --expose-gc: a heap figure this often shows whether memory stays flat. */
export const HEAP_SAMPLE_EVERY = 500;

export const WORKER_ENV = 'NEWSROOM_IMPORT_WORKER';

export interface ProcessImport {
  summary: ImportSummary;
  /** how many processes imported (1 on SQLite, whatever was asked for) */
  processes: number;
  stats: WorkerStats[];
}

interface Worker {
  child: ChildProcess;
  inFlight: Set<string>;
  ready: boolean;
  finished: boolean;
  exited: Promise<void>;
}

export async function importInProcesses(
  files: string[],
  options: ImportOptions,
  {
    processes,
    entry,
    onFile,
    onStarted,
  }: {
    processes: number;
    entry: string;
    onFile?: (result: FileResult, done: number, total: number) => void;
    /** the first process has loaded Strapi and takes its first file */
    onStarted?: () => void;
  }
): Promise<ProcessImport> {
  const summary = emptySummary(files.length);
  const stats: WorkerStats[] = [];
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;

  const record = (result: FileResult) => {
    tally(summary, result);
    // A CMS export is one file and many results.
    summary.total = Math.max(summary.total, ++done);
    onFile?.(result, done, summary.total);
  };
  const notice = (text: string) => {
    if (!summary.notices.includes(text)) summary.notices.push(text);
  };

  const start = () => {
    const child = fork(entry, [], {
      env: { ...process.env, [WORKER_ENV]: '1' },
      // stdout belongs to the parent's summary (--json): whatever a worker prints goes to stderr.
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    const worker: Worker = { child, inFlight: new Set(), ready: false, finished: false, exited: Promise.resolve() };
    const send = (message: ToWorker) => child.connected && child.send(message);
    child.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        worker.ready = true;
        if (!message.postgres && processes > 1) {
          processes = 1;
          notice('SQLite lets one writer in at a time, so one process imported');
        }
        send({ type: 'import', options });
      } else if (message.type === 'take') {
        const file = next < files.length ? files[next++] : undefined;
        if (file !== undefined) worker.inFlight.add(file);
        send({ type: 'file', file });
        if (workers.length === 1 && next === 1) onStarted?.();
        // The first process has loaded Strapi, brought the schema up to date and made the indexes the
        // importer relies on: the others can load now without racing it for any of that.
        while (workers.length < processes) workers.push(start());
      } else if (message.type === 'result') {
        worker.inFlight.delete(message.result.file);
        record(message.result);
      } else if (message.type === 'finished') {
        worker.finished = true;
        message.notices.forEach(notice);
        stats.push(message.stats);
      }
    });
    worker.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        // A story may have committed just before its result was lost: importing the file again finds it unchanged.
        const reason = worker.ready
          ? `the import process stopped (${how}) while importing this file; import it again`
          : `an import process stopped (${how}) before it could start; its error, if any, is above`;
        for (const file of worker.inFlight) record({ file, outcome: 'failed', reason, warnings: [] });
        worker.inFlight.clear();
        if (!worker.finished && !worker.ready) notice(reason);
        resolve();
      });
    });
    return worker;
  };

  workers.push(start());
  // Workers may start while others exit: wait until every one that was started has ended.
  for (let waited = 0; waited < workers.length; waited++) await workers[waited].exited;
  // Every process stopped with files still unhanded: none of them can be imported now.
  while (next < files.length)
    record({ file: files[next++], outcome: 'failed', reason: 'no import process was left to import it', warnings: [] });
  return { summary, processes: workers.length, stats };
}

/** The worker's side: import the files the parent hands out until it hands out none. */
export async function serveImports(strapi: Core.Strapi): Promise<void> {
  const send = (message: FromWorker) =>
    new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));
  let queries = 0;
  strapi.db.connection.on('query', () => queries++);
  const cpuBefore = process.cpuUsage();

  // Without its parent nobody hands out files or counts results: stop (an open transaction rolls back).
  // It may have gone while this process was loading Strapi.
  if (!process.connected) process.exit(1);
  process.on('disconnect', () => process.exit(1));
  const waiting: Array<(file: string | undefined) => void> = [];
  const options = await new Promise<ImportOptions>((resolve) => {
    process.on('message', (message: ToWorker) => {
      if (message.type === 'import') resolve(message.options);
      // The parent answers takes in the order they were asked.
      else if (message.type === 'file') waiting.shift()?.(message.file);
    });
    void send({ type: 'ready', postgres: isPostgres(strapi) });
  });
  const source = {
    total: 0,
    take: () =>
      new Promise<string | undefined>((resolve) => {
        waiting.push(resolve);
        void send({ type: 'take' });
      }),
  };
  let files = 0;
  const heapAfterGcMb: number[] = [];
  const collect = (globalThis as { gc?: () => void }).gc;
  const summary = await importFiles(strapi, source, options, (result) => {
    files++;
    void send({ type: 'result', result });
    if (collect && files % HEAP_SAMPLE_EVERY === 0) {
      collect();
      heapAfterGcMb.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  });
  await waitForIdleDatabase(strapi);
  const cpu = process.cpuUsage(cpuBefore);
  await send({
    type: 'finished',
    notices: summary.notices,
    stats: {
      files,
      queries,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      heapAfterGcMb,
    },
  });
}
