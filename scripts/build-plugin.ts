/**
 * Builds the newsroom plugin package (src/plugins/newsroom) with Strapi's
 * Plugin SDK when its dist/ is missing or older than its sources, so that
 * `npm run develop`, `npm run build` and the test harness always load the
 * plugin as it is written, without paying for a rebuild on every start.
 *
 *   tsx scripts/build-plugin.ts [--force]
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const pluginRoot = path.resolve(__dirname, '..', 'src', 'plugins', 'newsroom');
const SOURCES = ['package.json', 'server/src', 'admin/src'];
const OUTPUTS = ['dist/server/index.js', 'dist/server/index.mjs', 'dist/admin/index.js', 'dist/admin/index.mjs'];

const newestSource = (entry: string): number => {
  const full = path.join(pluginRoot, entry);
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(full).map((name) => newestSource(path.join(entry, name))));
};

const oldestOutput = (): number =>
  Math.min(
    ...OUTPUTS.map((file) =>
      fs.existsSync(path.join(pluginRoot, file)) ? fs.statSync(path.join(pluginRoot, file)).mtimeMs : 0
    )
  );

export function buildPlugin({ force = false } = {}): void {
  if (!force && oldestOutput() > Math.max(...SOURCES.map(newestSource))) return;
  console.log('Building the newsroom plugin (strapi-plugin build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: pluginRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The newsroom plugin did not build (see above)');
}

if (require.main === module) {
  buildPlugin({ force: process.argv.includes('--force') });
}
