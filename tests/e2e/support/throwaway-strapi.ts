/**
 * A real Strapi for the browser tests: the compiled app and the built admin
 * panel (`strapi start`), on a fresh SQLite database in a temporary folder,
 * with the first admin registered over the admin API as a person would.
 *
 *   tsx tests/e2e/support/throwaway-strapi.ts   # keeps one running, for a look by hand
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from '../../../scripts/support/admin-session';
import { startStrapi, type RunningStrapi } from '../../../scripts/support/strapi-process';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The admin the harness registers (scripts/support/admin-session.ts). */
export const ADMIN = { email: 'editor@newsroom.test', password: 'Editor-Passw0rd!' };

export interface ThrowawayStrapi extends RunningStrapi {
  work: string;
  adminJwt: string;
  apiToken: string;
  /** stops Strapi; removes the temporary folder unless `keep` */
  close: (keep?: boolean) => Promise<void>;
}

export async function startThrowawayStrapi(env: Record<string, string> = {}): Promise<ThrowawayStrapi> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  const server = await startStrapi({
    root: ROOT,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'e2e.db'), ...env },
    logFile: path.join(work, 'strapi.log'),
  });
  try {
    const { adminJwt, apiToken } = await bootAdmin(server.url);
    const close = async (keep = false) => {
      await server.stop();
      if (!keep) fs.rmSync(work, { recursive: true, force: true });
    };
    return { ...server, work, adminJwt, apiToken, close };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

if (require.main === module) {
  startThrowawayStrapi().then((strapi) => {
    console.log(`Strapi at ${strapi.url}/admin — ${ADMIN.email} / ${ADMIN.password} — log ${strapi.logFile}`);
    const stop = () => strapi.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
