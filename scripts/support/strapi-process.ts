import { spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';

export interface RunningStrapi {
  url: string;
  logFile: string;
  tail: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: the process dies as in a crash, finishing nothing */
  kill: () => Promise<void>;
  port: number;
  pid: number;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Starts the compiled app with `strapi start` and waits until /_health answers. */
export async function startStrapi({
  root,
  env,
  logFile,
  port: chosenPort,
}: {
  root: string;
  env: Record<string, string>;
  logFile: string;
  /** a fixed port, to start a stopped process again where an edge expects it */
  port?: number;
}): Promise<RunningStrapi> {
  const port = chosenPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
        BROWSER: 'none',
        ...env,
      },
      stdio: ['ignore', log, log],
    }
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  const tail = () => fs.readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });

  const kill = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Strapi exited during start-up:\n${tail()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return { url, port, pid: child.pid ?? 0, logFile, tail, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Strapi did not answer on ${url} within 120 s:\n${tail()}`);
}
