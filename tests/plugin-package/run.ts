/**
 * The plugin as another project gets it: packs strapi-plugin-newsroom with
 * `npm pack` (its prepack builds it), installs the tarball into a copy of a
 * throwaway JavaScript Strapi 5.54 app with a schema of its own (app/), boots
 * that app, and runs package.test.ts against it over HTTP. It also starts the
 * app once with a typo in its options and expects Strapi to refuse, naming it.
 *
 *   tsx tests/plugin-package/run.ts [--reuse <folder kept by a failed run>]
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startStrapi, type RunningStrapi } from '../../scripts/support/strapi-process';

const ROOT = path.resolve(__dirname, '..', '..');
const PLUGIN = path.join(ROOT, 'src', 'plugins', 'newsroom');

function run(command: string, args: string[], cwd: string, what: string, { echo = true } = {}): string {
  console.log(`\n== ${what}`);
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  if (echo || result.status !== 0) process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})`);
  return result.stdout;
}

/** Starts the app expecting it to stop by itself; resolves with what it printed. */
function refusedStart(app: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(app, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
      {
        cwd: app,
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'development', PORT: '0', ...env },
      }
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// A failed run keeps its folder; --reuse runs the checks again on the app installed there.
const reuse = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1] : undefined;

async function packAndInstall(work: string, app: string) {
  const packOutput = run(
    'npm',
    ['pack', '--json', '--pack-destination', work],
    PLUGIN,
    'npm pack (prepack builds the plugin)',
    { echo: false }
  );
  // prepack's build log comes first on stdout; the report is the JSON array after it.
  const packed = JSON.parse(packOutput.slice(packOutput.search(/^\[$/m))) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((file) => file.path);
  for (const needed of ['dist/server/index.js', 'dist/admin/index.mjs', 'package.json']) {
    if (!files.includes(needed)) throw new Error(`the tarball lacks ${needed}: ${files.join(', ')}`);
  }
  if (files.some((file) => file.startsWith('server/src') || file.includes('.test.')))
    throw new Error('the tarball ships sources or tests');

  fs.cpSync(path.join(__dirname, 'app'), app, { recursive: true });
  // Out of the repository's tree, so nothing resolves through Newsroom's own node_modules.
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball],
    app,
    'npm install the tarball into a fresh Strapi 5.54 app'
  );
  if (fs.lstatSync(path.join(app, 'node_modules', 'strapi-plugin-newsroom')).isSymbolicLink())
    throw new Error('installed as a link, not from the tarball');
}

async function main() {
  const work = reuse ? path.resolve(reuse) : fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-package-'));
  const app = path.join(work, 'guest-app');
  let server: RunningStrapi | undefined;
  let exitCode = 1;
  try {
    if (!reuse) await packAndInstall(work, app);
    fs.mkdirSync(path.join(app, 'public', 'uploads'), { recursive: true });
    const installed = JSON.parse(
      fs.readFileSync(path.join(app, 'node_modules', 'strapi-plugin-newsroom', 'package.json'), 'utf8')
    ) as { version: string };

    const refused = await refusedStart(app, { GUEST_APP_TYPO: '1', DATABASE_FILENAME: path.join(work, 'typo.db') });
    const expected = 'contentTypes["api::story.story"].slug.field: api::story.story has no attribute "slugg"';
    if (refused.code === 0 || !refused.output.includes(expected)) {
      throw new Error(
        `a typo in the options should stop Strapi naming it (${expected}); exit ${refused.code}:\n${refused.output.slice(-3000)}`
      );
    }
    console.log(`\n== a typo in the options stops the start: "${expected}…"`);

    for (const db of ['guest.db', 'typo.db']) fs.rmSync(path.join(work, db), { force: true });
    const tokenFile = path.join(work, 'token');
    server = await startStrapi({
      root: app,
      env: { DATABASE_FILENAME: path.join(work, 'guest.db'), GUEST_APP_TOKEN_FILE: tokenFile },
      logFile: path.join(work, 'guest-app.log'),
    });
    console.log(`\n== strapi-plugin-newsroom ${installed.version} in a JavaScript Strapi app at ${server.url}\n`);

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', path.join(__dirname, 'package.test.ts')],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, GUEST_URL: server.url, GUEST_TOKEN: fs.readFileSync(tokenFile, 'utf8') },
      }
    );
    exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } catch (error) {
    console.error(error);
    if (server) console.error(server.tail());
  } finally {
    await server?.stop();
    if (exitCode === 0) fs.rmSync(work, { recursive: true, force: true });
    else console.error(`kept ${work}`);
  }
  process.exit(exitCode);
}

main();
