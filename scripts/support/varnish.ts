import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { edgeVcl, type Backend } from './edge-vcl';

const POLICY = path.resolve(__dirname, '..', '..', 'deploy', 'varnish', 'newsroom.vcl');

export interface RunningVarnish {
  url: string;
  port: number;
  workDir: string;
  /** Varnish's shared-memory log so far, filtered by a VSL query (varnishlog -q) */
  log: (query: string) => string;
  stop: () => Promise<void>;
  /** Starts it again on the same port and work folder (its cache starts empty). */
  restart: () => Promise<void>;
}

export const varnishInstalled = () => spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).status === 0;

/**
 * Starts `varnishd -F` with the edge policy in front of `backends`. Its work
 * folder (VCL included) is made readable to the `varnish` user, which
 * compiles the VCL after Varnish drops root.
 */
export async function startVarnish({
  port,
  backends,
  purgers = ['127.0.0.1', '::1'],
  storage = 'malloc,256m',
  stdio = 'ignore',
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-edge-')),
}: {
  port: number;
  backends: Backend[];
  purgers?: string[];
  storage?: string;
  stdio?: 'ignore' | 'inherit';
  workDir?: string;
}): Promise<RunningVarnish> {
  fs.mkdirSync(workDir, { recursive: true });
  fs.chmodSync(workDir, 0o755);
  const policy = path.join(workDir, 'newsroom.vcl');
  fs.copyFileSync(POLICY, policy);
  const main = path.join(workDir, 'main.vcl');
  fs.writeFileSync(main, edgeVcl({ backends, purgers, policy }));
  for (const file of [policy, main]) fs.chmodSync(file, 0o644);
  const instance = path.join(workDir, 'varnishd');

  let child: ChildProcess | undefined;
  const launch = async () => {
    const started = spawn(
      'varnishd',
      ['-F', '-n', instance, '-a', `127.0.0.1:${port}`, '-T', '127.0.0.1:0', '-f', main, '-s', storage],
      { stdio: ['ignore', stdio, stdio] }
    );
    child = started;
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code) => reject(new Error(`varnishd exited with ${code} before answering`)))
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answered = await Promise.race([
        fetch(`http://127.0.0.1:${port}/_health`, { signal: AbortSignal.timeout(1000) }).then(
          () => true,
          () => false
        ),
        exited,
      ]);
      if (answered) return;
      if (Date.now() > deadline) throw new Error('varnishd did not answer within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
      setTimeout(() => running.kill('SIGKILL'), 5000).unref();
    });
  };
  await launch();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    workDir,
    log: (query) =>
      spawnSync('varnishlog', ['-n', instance, '-d', '-g', 'request', '-q', query], { encoding: 'utf8' }).stdout,
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
  };
}
