/**
 * npm run test:edge: the edge tests, with a real varnishd and two Strapi
 * processes on one throwaway PostgreSQL database, all started by the tests
 * themselves (they stop and kill them on purpose). Needs Debian's varnish
 * and varnish-modules packages.
 */
import { spawn } from 'child_process';
import path from 'path';
import { appRoot, compileApp } from '../../scripts/support/compile-app';
import { varnishInstalled } from '../../scripts/support/varnish';

if (!varnishInstalled()) {
  console.error('varnishd is not installed: apt-get install -y varnish varnish-modules');
  process.exit(1);
}
compileApp();
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', path.join(__dirname, 'edge.test.ts')],
  { cwd: appRoot, stdio: 'inherit' }
);
child.on('exit', (code) => process.exit(code ?? 1));
