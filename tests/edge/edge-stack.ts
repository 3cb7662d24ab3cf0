import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import { bootAdmin } from '../../scripts/support/admin-session';
import { appRoot } from '../../scripts/support/compile-app';
import { createDatabase, dropDatabase, postgresUrl } from '../../scripts/support/postgres';
import { freePort, startStrapi, type RunningStrapi } from '../../scripts/support/strapi-process';
import { startVarnish, type RunningVarnish } from '../../scripts/support/varnish';

/** Two Strapi processes on one PostgreSQL database, a real Varnish in front, purged by both. */
export interface EdgeStack {
  edge: RunningVarnish;
  origins: RunningStrapi[];
  apiToken: string;
  adminJwt: string;
  /** starts origin `i` again on its port */
  restartOrigin: (i: number) => Promise<void>;
  /** rows of the purge outbox not yet acknowledged */
  pendingPurges: () => Promise<number>;
  stop: () => Promise<void>;
}

export async function startEdgeStack(): Promise<EdgeStack> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-edge-test-'));
  fs.chmodSync(work, 0o755); // varnishd compiles its VCL in here as the varnish user
  const dbName = `newsroom_edge_${process.pid}_${Date.now()}`;
  await createDatabase(dbName);
  const edgePort = await freePort();
  const env = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: postgresUrl(dbName),
    EDGE_PURGE_URLS: `http://127.0.0.1:${edgePort}`,
    EDGE_PURGE_POLL_MS: '200',
    EDGE_PURGE_RETRY_MAX_MS: '1000',
  };
  const start = (i: number, port?: number) =>
    startStrapi({ root: appRoot, env, logFile: path.join(work, `strapi-${i + 1}.log`), port });
  // One after the other: the second start must find what the first set up.
  const origins = [await start(0)];
  origins.push(await start(1));
  const { apiToken, adminJwt } = await bootAdmin(origins[0].url);
  const edge = await startVarnish({
    port: edgePort,
    backends: origins.map((origin) => ({ host: '127.0.0.1', port: origin.port })),
    workDir: path.join(work, 'varnish'),
  });
  const db = new Client({ connectionString: postgresUrl(dbName) });
  await db.connect();

  return {
    edge,
    origins,
    apiToken,
    adminJwt,
    restartOrigin: async (i) => {
      origins[i] = await start(i, origins[i].port);
    },
    pendingPurges: async () =>
      Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM newsroom_edge_purges')).rows[0].n),
    stop: async () => {
      await db.end();
      await edge.stop();
      await Promise.all(origins.map((origin) => origin.stop()));
      await dropDatabase(dbName).catch((error: unknown) => console.error('could not drop', dbName, error));
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
