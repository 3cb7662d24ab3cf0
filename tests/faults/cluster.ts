import { execFile, spawnSync } from 'child_process';
import { promisify } from 'util';
import { Client } from 'pg';

/**
 * The faults tests' own PostgreSQL cluster (15/faults on port 5433): the tests
 * restart and stop it, which must never happen to the shared one on 5432.
 */
export const CLUSTER = { version: process.env.FAULTS_PG_VERSION ?? '15', name: 'faults', port: 5433 };

const pgctl = (action: string, ...options: string[]) =>
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', CLUSTER.version, CLUSTER.name, action, ...options], {
    encoding: 'utf8',
  });

const running = () => pgctl('status').status === 0;

/**
 * Asynchronous, so the test's load keeps running (and its timings stay true)
 * while pg_ctlcluster waits for the server. fast: the server ends every
 * session at once, as a crash or a failover does to a client.
 */
const ctl = async (action: 'start' | 'stop' | 'restart') => {
  if (action === 'start' && running()) return;
  const options = action === 'start' ? [] : ['-m', 'fast'];
  await promisify(execFile)('pg_ctlcluster', [
    '--skip-systemctl-redirect',
    CLUSTER.version,
    CLUSTER.name,
    action,
    ...options,
  ]);
};

export const restartCluster = () => ctl('restart');
export const stopCluster = () => ctl('stop');
export const startCluster = () => ctl('start');

/** Creates the cluster (trust for local and 127.0.0.1) when it is missing, and starts it. */
export async function ensureCluster() {
  const listed = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error('pg_lsclusters failed: is postgresql-common installed?');
  const exists = listed.stdout.split('\n').some((line) => line.split(/\s+/)[1] === CLUSTER.name);
  if (!exists) {
    const created = spawnSync(
      'pg_createcluster',
      [CLUSTER.version, CLUSTER.name, '--port', String(CLUSTER.port), '--', '--auth-local=trust', '--auth-host=trust'],
      { encoding: 'utf8' }
    );
    if (created.status !== 0) throw new Error(`pg_createcluster: ${created.stderr}`);
  }
  await startCluster();
}

/** A plain pg client on a database of the faults cluster, for what the tests read behind Strapi's back. */
export async function connectTo(database: string) {
  const client = new Client({ host: '127.0.0.1', port: CLUSTER.port, user: 'postgres', database });
  await client.connect();
  return client;
}
