import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Client } from 'pg';
import type { RunningStrapi } from '../../scripts/support/strapi-process';
import { connectTo, restartCluster, startCluster, stopCluster } from './cluster';
import { bootTokens, faultDatabase, sleep, storyData, timed, type Outcome } from './fault-app';
import { halfWritten, storedStories } from './integrity';

const PREFIX = 'Outage story';
const WORKERS = 4;

/**
 * A bounded loop of public reads, creates and updates against one Strapi
 * while its PostgreSQL is restarted, then stopped for 5 s and started again.
 */
describe('PostgreSQL restarts under load', () => {
  let database: Awaited<ReturnType<typeof faultDatabase>>;
  let app: RunningStrapi;
  let token = '';
  let db: Client;
  const outcomes: Outcome[] = [];
  const marks: Record<string, number> = {};
  const updatesByDocument = new Map<string, { title: string; status: number }[]>();

  before(async () => {
    database = await faultDatabase('restart');
    app = await database.start();
    ({ apiToken: token } = await bootTokens(app.url));
  });
  after(async () => {
    await startCluster();
    await db?.end();
    await app?.stop();
    await database?.drop();
  });

  it('answers 503 fast while the database is away, serves again within seconds, loses no acknowledged write', async () => {
    let running = true;
    let n = 0;
    const worker = async (w: number) => {
      let mine: string | undefined;
      for (let i = 0; running && i < 5000; i++) {
        const kind = i % 3;
        if (kind === 0) outcomes.push(await timed('read', `${app.url}/api/articles?pagination[pageSize]=5`));
        else if (kind === 1 || !mine) {
          const created = await timed('create', `${app.url}/api/articles`, {
            method: 'POST',
            token,
            json: { data: storyData(`${PREFIX} ${w}-${++n}`) },
          });
          outcomes.push(created);
          if (created.status === 201) mine = created.body?.data?.documentId;
        } else {
          const title = `${PREFIX} ${w}-${++n} updated`;
          const updated = await timed('update', `${app.url}/api/articles/${mine}`, {
            method: 'PUT',
            token,
            json: { data: storyData(title) },
          });
          outcomes.push(updated);
          const attempts = updatesByDocument.get(mine) ?? [];
          attempts.push({ title, status: updated.status });
          updatesByDocument.set(mine, attempts);
        }
      }
    };
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));

    await sleep(3000);
    marks.restart = Date.now();
    await restartCluster();
    marks.restarted = Date.now();
    await sleep(4000);
    marks.stop = Date.now();
    await stopCluster();
    await sleep(5000);
    marks.start = Date.now();
    await startCluster();
    marks.started = Date.now();
    await sleep(6000);
    running = false;
    await load;

    const during = outcomes.filter((o) => o.at >= marks.stop && o.at < marks.start);
    const failures = outcomes.filter((o) => o.status < 200 || o.status >= 300);
    const firstOkAfter = outcomes
      .filter((o) => o.at >= marks.started && o.status >= 200 && o.status < 300)
      .reduce((min, o) => Math.min(min, o.at + o.ms), Infinity);
    const summary = {
      requests: outcomes.length,
      duringStop: during.length,
      duringStop503: during.filter((o) => o.status === 503).length,
      maxMsDuringStop: Math.max(0, ...during.map((o) => o.ms)),
      statuses: Object.fromEntries(
        [...new Set(outcomes.map((o) => `${o.what} ${o.status}`))].map((k) => [
          k,
          outcomes.filter((o) => `${o.what} ${o.status}` === k).length,
        ])
      ),
      secondsToRecover: (firstOkAfter - marks.started) / 1000,
      maxMs: Math.max(...outcomes.map((o) => o.ms)),
      unanswered: outcomes
        .filter((o) => o.status === 0)
        .map((o) => `${o.what} +${o.at - marks.restart} ms, ${o.ms} ms`),
    };
    console.log('pg-restart', JSON.stringify(summary));

    assert.ok(during.length > 0, 'requests were made while the database was stopped');
    assert.deepEqual(
      failures
        .filter((o) => o.status !== 503)
        .map((o) => `${o.what} ${o.status}`)
        .slice(0, 10),
      [],
      'every failed request is a 503 (no 500, no 401, no dropped connection)'
    );
    for (const o of failures)
      assert.deepEqual(
        { data: o.body?.data, status: o.body?.error?.status, name: o.body?.error?.name },
        { data: null, status: 503, name: 'ServiceUnavailableError' },
        "a 503 in Strapi's error shape"
      );
    assert.ok(
      summary.maxMsDuringStop < 3000,
      `no request hangs while the database is away: ${summary.maxMsDuringStop} ms`
    );
    assert.ok(summary.secondsToRecover < 5, `serves again within 5 s of the start: ${summary.secondsToRecover} s`);
    assert.equal((await fetch(`${app.url}/_health`)).status, 204, 'the process is still up');

    db = await connectTo(database.name);
    const stored = new Set((await storedStories(db, PREFIX)).map((row) => row.document_id));
    const acknowledged = outcomes.filter((o) => o.what === 'create' && o.status === 201);
    const lost = acknowledged.filter((o) => !stored.has(o.body?.data?.documentId ?? ''));
    console.log(
      'pg-restart writes',
      JSON.stringify({ acknowledged: acknowledged.length, found: acknowledged.length - lost.length })
    );
    assert.deepEqual(lost, [], 'every acknowledged create is in the database');
    // A document is updated again and again: its stored title is that of its last acknowledged
    // update, or of a later attempt whose answer was lost with the connection.
    const draftTitles = new Map(
      (
        await db.query<{ document_id: string; title: string }>(
          'SELECT document_id, title FROM articles WHERE published_at IS NULL AND title LIKE $1',
          [`${PREFIX}%`]
        )
      ).rows.map((row) => [row.document_id, row.title])
    );
    const stale = [...updatesByDocument.entries()].filter(([documentId, attempts]) => {
      const last = attempts.map((attempt) => attempt.status).lastIndexOf(200);
      return last >= 0 && !attempts.slice(last).some((attempt) => attempt.title === draftTitles.get(documentId));
    });
    assert.deepEqual(
      stale.map(([documentId]) => documentId),
      [],
      'every acknowledged update is in the database'
    );
    assert.deepEqual(await halfWritten(db, PREFIX, 2), {
      storiesWithoutBody: [],
      orphanVersions: [],
      duplicateDrafts: [],
    });
  });
});
