/**
 * npm run edge: Varnish in front of Newsroom, in the foreground.
 *
 *   EDGE_PORT      where it listens (default 6081)
 *   EDGE_BACKENDS  Strapi processes, host:port,… (default 127.0.0.1:1337); several are round-robin, probed on /_health
 *   EDGE_PURGERS   addresses allowed to PURGE (default 127.0.0.1,::1)
 *   EDGE_STORAGE   varnishd -s (default malloc,256m)
 *
 * Point Strapi's EDGE_PURGE_URLS at it (http://127.0.0.1:6081) so writes purge it.
 */
import { parseBackends, parsePurgers } from './support/edge-vcl';
import { startVarnish, varnishInstalled } from './support/varnish';

async function main() {
  if (!varnishInstalled()) {
    console.error('varnishd is not installed: apt-get install -y varnish varnish-modules');
    process.exit(1);
  }
  const port = Number(process.env.EDGE_PORT ?? 6081);
  const backends = parseBackends(process.env.EDGE_BACKENDS ?? '127.0.0.1:1337');
  const purgers = parsePurgers(process.env.EDGE_PURGERS ?? '127.0.0.1,::1');
  const varnish = await startVarnish({
    port,
    backends,
    purgers,
    storage: process.env.EDGE_STORAGE ?? 'malloc,256m',
    stdio: 'inherit',
  });
  console.log(`Edge on ${varnish.url} in front of ${backends.map((b) => `${b.host}:${b.port}`).join(', ')}`);
  console.log(`Strapi purges it with EDGE_PURGE_URLS=${varnish.url}`);
  const quit = () => varnish.stop().then(() => process.exit(0));
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
