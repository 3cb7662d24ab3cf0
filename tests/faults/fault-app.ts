import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from '../../scripts/support/admin-session';
import { appRoot } from '../../scripts/support/compile-app';
import { createDatabase, dropDatabase, postgresUrl } from '../../scripts/support/postgres';
import { startStrapi, type RunningStrapi } from '../../scripts/support/strapi-process';

/** A throwaway database on the faults cluster (PGPORT is set by the runner), and Strapi processes on it. */
export async function faultDatabase(label: string) {
  const name = `newsroom_faults_${label}_${process.pid}_${Date.now()}`;
  await createDatabase(name);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-faults-${label}-`));
  const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(name), DATABASE_QUERY_TIMEOUT: '5000' };
  let started = 0;
  return {
    name,
    work,
    env,
    start: (port?: number): Promise<RunningStrapi> =>
      startStrapi({ root: appRoot, env, logFile: path.join(work, `strapi-${++started}.log`), port }),
    drop: async () => {
      await dropDatabase(name).catch((error: unknown) => console.error('could not drop', name, error));
      // FAULTS_KEEP=1 keeps the Strapi logs to read after a failure.
      if (process.env.FAULTS_KEEP) console.log(`logs kept in ${work}`);
      else fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

export const bootTokens = bootAdmin;

/** A story with two body blocks, so a half-written one (a story without its components) shows. */
export const storyData = (title: string) => ({
  title,
  body: [
    {
      __component: 'article.text',
      content: [{ type: 'paragraph', children: [{ type: 'text', text: `${title} one` }] }],
    },
    {
      __component: 'article.text',
      content: [{ type: 'paragraph', children: [{ type: 'text', text: `${title} two` }] }],
    },
  ],
});

export interface Outcome {
  what: string;
  status: number; // 0: no answer (connection refused, reset, or timed out)
  ms: number;
  at: number;
  body: { data?: { documentId?: string; title?: string } | null; error?: { status?: number; name?: string } } | null;
}

/** One request, timed; a network failure is status 0, never a throw. */
export async function timed(what: string, url: string, init: RequestInit & { json?: unknown; token?: string } = {}) {
  const { json, token, ...rest } = init;
  const headers: Record<string, string> = {};
  if (json !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const at = Date.now();
  try {
    const response = await fetch(url, {
      ...rest,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let body: Outcome['body'] = null;
    try {
      body = text ? (JSON.parse(text) as Outcome['body']) : null;
    } catch {
      body = null;
    }
    return { what, status: response.status, ms: Date.now() - at, at, body } satisfies Outcome;
  } catch {
    return { what, status: 0, ms: Date.now() - at, at, body: null } satisfies Outcome;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
