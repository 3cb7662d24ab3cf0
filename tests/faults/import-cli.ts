import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { appRoot } from '../../scripts/support/compile-app';

/** Writes `count` plain-text stories (headline, blank line, paragraphs) into `dir`. */
export function writeStories(dir: string, prefix: string, count: number) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) => `Paragraph ${p} of story ${i}: the council met again on Tuesday to discuss the budget and the river.`
    );
    fs.writeFileSync(
      path.join(dir, `story-${String(i).padStart(4, '0')}.txt`),
      `${prefix} ${i}\n\n${paragraphs.join('\n\n')}\n`
    );
  }
}

export interface ImportProcess {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `npm run import` as a person runs it (dist/ is fresh: the runner compiled it), on the given database. */
export function runImport(args: string[], env: Record<string, string>, { detached = false } = {}): ImportProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(appRoot, 'scripts', 'import.ts'), '--no-compile', ...args],
    {
      cwd: appRoot,
      env: { ...process.env, NODE_ENV: 'development', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group, so a test can kill it together with the processes it starts
      detached,
    }
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))
  );
  return { child, done };
}

/** The --json summary: the last line of stdout. */
export const summaryOf = (stdout: string) =>
  JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    total: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
  };
