/**
 * npm run test:e2e — the browser tests. Builds what they need (the compiled
 * app and the admin panel, `strapi build`), starts the real Strapi with
 * `strapi start` on a fresh SQLite database, registers the first admin, and
 * runs tests/e2e/*.e2e.ts with node:test; they drive Debian's Chromium with
 * playwright-core. Screenshots go to tests/e2e/artifacts/.
 *
 *   tsx tests/e2e/run.ts [--skip-build] [test files…]
 *
 * --skip-build: the admin panel was just built (`npm run build`, as .ci/run
 * does); only the TypeScript is compiled again.
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { buildPlugin } from '../../scripts/build-plugin';
import { ARTIFACTS, CHROMIUM } from './support/browser';
import { ADMIN, ROOT, startThrowawayStrapi } from './support/throwaway-strapi';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const selected = args.filter((arg) => !arg.startsWith('--'));
const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

function run(command: string, commandArgs: string[], what: string) {
  console.log(`\n== ${what}`);
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) throw new Error(`${what} failed`);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: apt-get update && apt-get install -y chromium (.ci/run does it), or set CHROMIUM_PATH.`
    );
  }
  buildPlugin();
  if (skipBuild) {
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], 'compile TypeScript');
    if (!fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html')))
      throw new Error('--skip-build, but the admin panel is not built: run npm run build');
  } else {
    run(process.execPath, [strapiBin, 'build'], 'build the app and the admin panel (strapi build)');
  }

  const files = selected.length
    ? selected.map((file) => path.resolve(ROOT, file))
    : fs
        .readdirSync(__dirname)
        .filter((name) => name.endsWith('.e2e.ts'))
        .sort()
        .map((name) => path.join(__dirname, name));
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  console.log('\n== start Strapi (strapi start, fresh SQLite database)');
  const strapi = await startThrowawayStrapi();
  console.log(`${files.length} browser test files against ${strapi.url}\n`);
  let exitCode = 1;
  try {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, E2E_URL: strapi.url, E2E_ADMIN_EMAIL: ADMIN.email, E2E_ADMIN_PASSWORD: ADMIN.password },
      }
    );
    exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    if (exitCode !== 0)
      console.error(`--- ${strapi.logFile} ---\n${strapi.tail()}\nStrapi files kept in ${strapi.work}`);
    await strapi.close(exitCode !== 0);
  }
  console.log(`\nScreenshots: ${path.relative(ROOT, ARTIFACTS)}/`);
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
