/**
 * The test harness: boots the real Strapi once per run, on a fresh database,
 * and runs every test file against it over HTTP, the way a frontend talks to
 * it. `--db sqlite` (npm test) uses a temporary file; `--db postgres`
 * (npm run test:pg) creates a throwaway database and drops it afterwards,
 * and starts a second Strapi process on the same database for the tests that
 * prove two processes agree.
 *
 *   tsx scripts/test.ts --db sqlite|postgres [test files or folders…]
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from './support/admin-session';
import { appRoot as root, compileApp } from './support/compile-app';
import { createDatabase, dropDatabase, postgresUrl } from './support/postgres';
import { startStrapi, type RunningStrapi } from './support/strapi-process';

const args = process.argv.slice(2);
const db = args[args.indexOf('--db') + 1] === 'postgres' ? 'postgres' : 'sqlite';
const selected = args.filter((arg, i) => arg !== '--db' && args[i - 1] !== '--db');

const findTests = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'e2e', 'plugin-package', 'edge', 'faults'].includes(entry.name) ? [] : findTests(full);
    return /\.test\.ts$/.test(entry.name) ? [full] : [];
  });

async function main() {
  compileApp();

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  const dbName = `newsroom_test_${process.pid}_${Date.now()}`;
  const dbEnv: Record<string, string> =
    db === 'postgres'
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(dbName) }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'test.db') };
  if (db === 'postgres') await createDatabase(dbName);

  const servers: RunningStrapi[] = [];
  let exitCode = 1;
  try {
    servers.push(await startStrapi({ root, env: dbEnv, logFile: path.join(work, 'strapi-1.log') }));
    if (db === 'postgres') {
      servers.push(await startStrapi({ root, env: dbEnv, logFile: path.join(work, 'strapi-2.log') }));
    }
    const session = await bootAdmin(servers[0].url);

    const targets = selected.length ? selected : ['src', 'scripts', 'tests'];
    const files = targets.flatMap((target) =>
      fs.statSync(path.resolve(root, target)).isDirectory()
        ? findTests(path.resolve(root, target))
        : [path.resolve(root, target)]
    );
    console.log(`\n${files.length} test files against Strapi on ${db} at ${servers[0].url}\n`);

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...dbEnv,
          NEWSROOM_DB: db,
          NEWSROOM_URL: servers[0].url,
          NEWSROOM_URL_2: servers[1]?.url ?? '',
          NEWSROOM_API_TOKEN: session.apiToken,
          NEWSROOM_ADMIN_JWT: session.adminJwt,
        },
      }
    );
    exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } catch (error) {
    console.error(error);
    for (const server of servers) console.error(`--- ${server.logFile} ---\n${server.tail()}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    if (db === 'postgres')
      await dropDatabase(dbName).catch((error: unknown) => console.error('could not drop', dbName, error));
    if (exitCode === 0) fs.rmSync(work, { recursive: true, force: true });
    else console.error(`Strapi logs kept in ${work}`);
  }
  process.exit(exitCode);
}

main();
