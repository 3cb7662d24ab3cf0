/**
 * The first admin in development: `npm run develop` with ADMIN_EMAIL and
 * ADMIN_PASSWORD creates that super admin on the first start; `strapi start`
 * does not, production never does, and without the variables the standard
 * registration page shows. Runs the real `strapi develop` on a fresh SQLite
 * database (admin panel served from the build, not watched).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { firstAdminFromEnv } from '../../src/bootstrap/first-admin';
import { startStrapi } from '../../scripts/support/strapi-process';
import { ROOT } from './support/throwaway-strapi';

const ADMIN = { ADMIN_EMAIL: 'Desk.Chief@Newsroom.test', ADMIN_PASSWORD: 'Chief-Passw0rd!' };

describe('which environment asks for a first admin', () => {
  const develop = { develop: true };
  const cases: [string, Record<string, string>, { develop: boolean }, string | RegExp | undefined][] = [
    ['develop with both variables', ADMIN, develop, 'desk.chief@newsroom.test'],
    ['no variables: the registration page', {}, develop, undefined],
    ['production', { ...ADMIN, NODE_ENV: 'production' }, develop, /ignored in production/],
    ['strapi start', ADMIN, { develop: false }, /only used by `npm run develop`/],
    ['only the email', { ADMIN_EMAIL: ADMIN.ADMIN_EMAIL }, develop, /set both/],
    ['not an email', { ...ADMIN, ADMIN_EMAIL: 'chief' }, develop, /not an email address/],
    ['a weak password', { ...ADMIN, ADMIN_PASSWORD: 'password' }, develop, /uppercase/],
    ['a short password', { ...ADMIN, ADMIN_PASSWORD: 'Ab1' }, develop, /at least 8/],
  ];
  for (const [name, env, mode, expected] of cases) {
    it(name, () => {
      const { admin, skipped } = firstAdminFromEnv(env, mode);
      if (typeof expected === 'string') {
        assert.equal(admin?.email, expected);
        assert.equal(skipped, undefined);
      } else if (expected) {
        assert.equal(admin, undefined);
        assert.match(skipped ?? '', expected);
      } else {
        assert.deepEqual({ admin, skipped }, { admin: undefined, skipped: undefined });
      }
    });
  }
});

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function poll<T>(
  read: () => Promise<T | undefined>,
  what: string,
  alive: () => boolean,
  timeout = 180_000
): Promise<T> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`the process exited while waiting for ${what}`);
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const hasAdmin = async (url: string) => {
  const response = await fetch(`${url}/admin/init`);
  if (!response.ok) return undefined;
  return Boolean(((await response.json()) as { data: { hasAdmin: boolean } }).data.hasAdmin);
};

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

/**
 * `strapi develop` empties dist/ and compiles into it, and restarts on file
 * changes: run it on a copy of the app (node_modules linked), so it cannot
 * pull the compiled code from under another Strapi using this checkout.
 */
function copyOfTheApp(into: string) {
  const skip = new Set(['node_modules', 'dist', '.tmp', '.cache', '.strapi', '.git', 'tests', 'build']);
  fs.cpSync(ROOT, into, { recursive: true, filter: (source) => source === ROOT || !skip.has(path.basename(source)) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  return into;
}

describe('the first admin, against the real Strapi', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-first-admin-'));
  let develop: ChildProcess | undefined;

  after(async () => {
    if (develop?.pid && develop.exitCode === null) {
      // `strapi develop` forks a worker: stop the whole process group it leads.
      const exited = new Promise((resolve) => develop!.once('exit', resolve));
      process.kill(-develop.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (develop.exitCode === null) process.kill(-develop.pid, 'SIGKILL');
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('`strapi start` ignores ADMIN_EMAIL/ADMIN_PASSWORD: the registration page shows', async () => {
    const server = await startStrapi({
      root: ROOT,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'start.db'), ...ADMIN },
      logFile: path.join(work, 'start.log'),
    });
    try {
      assert.equal(await hasAdmin(server.url), false);
    } finally {
      await server.stop();
    }
  });

  it('`npm run develop` with ADMIN_EMAIL/ADMIN_PASSWORD creates that super admin on the first start', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const log = fs.openSync(path.join(work, 'develop.log'), 'a');
    const app = copyOfTheApp(path.join(work, 'app'));
    develop = spawn(
      process.execPath,
      [
        path.join(app, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'),
        'develop',
        '--no-watch-admin',
        '--no-build-admin',
      ],
      {
        cwd: app,
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(port),
          BROWSER: 'none',
          STRAPI_TELEMETRY_DISABLED: 'true',
          STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
          DATABASE_CLIENT: 'sqlite',
          DATABASE_FILENAME: path.join(work, 'develop.db'),
          ...ADMIN,
        },
      }
    );
    try {
      assert.equal(
        await poll(
          () => hasAdmin(url),
          'strapi develop to answer',
          () => develop?.exitCode === null
        ),
        true,
        'an admin exists'
      );
      const answer = await login(url, 'desk.chief@newsroom.test', ADMIN.ADMIN_PASSWORD);
      const body = await answer.text();
      assert.equal(answer.status, 200, body);
      const { data } = JSON.parse(body) as { data: { token?: string } };
      assert.ok(data.token);
      const me = (await (
        await fetch(`${url}/admin/users/me`, { headers: { authorization: `Bearer ${data.token}` } })
      ).json()) as { data: { roles: { code: string }[] } };
      assert.deepEqual(
        me.data.roles.map((role) => role.code),
        ['strapi-super-admin']
      );
      assert.equal((await login(url, 'desk.chief@newsroom.test', 'Wrong-Passw0rd!')).status, 400);
    } catch (error) {
      console.error(fs.readFileSync(path.join(work, 'develop.log'), 'utf8').split('\n').slice(-40).join('\n'));
      throw error;
    }
  });
});
