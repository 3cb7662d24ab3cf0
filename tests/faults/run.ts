/**
 * npm run test:faults: faults inflicted for real. PostgreSQL restarted and
 * stopped under load (on a cluster of the tests' own, 15/faults on port 5433,
 * created when missing), Strapi and the importer killed mid-write, SQLite
 * written by the server and an import at once, two processes starting on one
 * empty database. Run as root (pg_ctlcluster), not by the main harness.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import { appRoot, compileApp } from '../../scripts/support/compile-app';
import { CLUSTER, ensureCluster } from './cluster';

async function main() {
  await ensureCluster();
  compileApp();
  const selected = process.argv.slice(2).map((file) => path.resolve(file));
  const files = selected.length
    ? selected
    : fs
        .readdirSync(__dirname)
        .filter((name) => name.endsWith('.test.ts'))
        .sort()
        .map((name) => path.join(__dirname, name));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
    { cwd: appRoot, stdio: 'inherit', env: { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(CLUSTER.port) } }
  );
  child.on('exit', (code) => process.exit(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
