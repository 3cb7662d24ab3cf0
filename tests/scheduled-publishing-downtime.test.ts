import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootAdmin } from '../scripts/support/admin-session';
import { createDatabase, dropDatabase, postgresUrl } from '../scripts/support/postgres';
import { startStrapi, type RunningStrapi } from '../scripts/support/strapi-process';
import { database, paragraph, restAt, textBlock, unique } from './support/api';

const root = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every process down when a story falls due: it must go out at the next start, and the log must
 * say it was late. This needs a database no other process polls, so the test starts its own
 * Strapi on a fresh one (of the kind the suite runs on).
 */
describe('a story due while every process was down', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-downtime-'));
  const dbName = `newsroom_downtime_${process.pid}_${Date.now()}`;
  const env: Record<string, string> =
    database === 'postgres'
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(dbName) }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'downtime.db') };
  const logFile = path.join(work, 'strapi.log');
  let running: RunningStrapi | undefined;

  after(async () => {
    await running?.stop();
    if (database === 'postgres') await dropDatabase(dbName);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('goes out at the next start, reported in the log', async () => {
    if (database === 'postgres') await createDatabase(dbName);
    running = await startStrapi({ root, env, logFile });
    const { apiToken } = await bootAdmin(running.url);
    const articles = restAt(running.url, apiToken).collection('articles');
    const dueAt = Date.now() + 12_000;
    const title = unique('Due while the newsroom slept');
    const story = (
      await articles.create(
        { title, body: [textBlock(paragraph('Written before the outage.'))], publishAt: new Date(dueAt).toISOString() },
        { status: 'draft' }
      )
    ).data;
    await running.stop();
    running = undefined;
    assert.ok(Date.now() < dueAt, 'the server was down before the story fell due');

    // Well past its time, so the catch-up is unmistakable in the log.
    await sleep(dueAt - Date.now() + 12_000);
    running = await startStrapi({ root, env, logFile });
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${running.url}/api/articles/slug/${story.slug}`)).status;
      if (status !== 200) await sleep(250);
    }
    assert.equal(status, 200, 'live within seconds of the start');
    const log = fs.readFileSync(logFile, 'utf8');
    assert.match(
      log,
      new RegExp(`scheduled publish of api::article\\.article ${story.documentId}, due .*catching up after downtime`)
    );
  });
});
