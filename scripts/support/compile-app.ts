import { spawnSync } from 'child_process';
import path from 'path';
import { buildPlugin } from '../build-plugin';

export const appRoot = path.resolve(__dirname, '..', '..');

/** What `strapi start` runs: the plugin built by its SDK, the app compiled by tsc into dist/. */
export function compileApp() {
  buildPlugin();
  const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: appRoot,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error('TypeScript compilation failed');
}
