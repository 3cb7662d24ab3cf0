import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import type { Client } from 'pg';
import type { RunningStrapi } from '../../scripts/support/strapi-process';
import { connectTo } from './cluster';
import { bootTokens, faultDatabase, sleep, storyData, timed, type Outcome } from './fault-app';
import { runImport, summaryOf, writeStories, type ImportProcess } from './import-cli';
import { countersConsistent, halfWritten } from './integrity';

const TITLE = 'Killed mid write';
const SLUG = 'killed-mid-write';

/** SIGKILL, as a deploy or the OOM killer ends a process: no shutdown hook runs, open transactions die. */
describe('a process killed mid-write', () => {
  let database: Awaited<ReturnType<typeof faultDatabase>>;
  let app: RunningStrapi;
  let token = '';
  let db: Client;

  before(async () => {
    database = await faultDatabase('kill');
    app = await database.start();
    ({ apiToken: token } = await bootTokens(app.url));
    db = await connectTo(database.name);
  });
  after(async () => {
    await db?.end();
    await app?.stop();
    await database?.drop();
  });

  it('Strapi killed during creates and updates: after a restart nothing is partial, acknowledged writes are there', async () => {
    let running = true;
    const outcomes: Outcome[] = [];
    const worker = async (w: number) => {
      let mine: string | undefined;
      for (let i = 0; running && i < 500; i++) {
        if (!mine || i % 2 === 0) {
          // One title for all: every create takes the next suffix from the slug counter.
          const created = await timed('create', `${app.url}/api/articles`, {
            method: 'POST',
            token,
            json: { data: storyData(TITLE) },
          });
          outcomes.push(created);
          if (created.status === 201) mine = created.body?.data?.documentId;
        } else
          outcomes.push(
            await timed('update', `${app.url}/api/articles/${mine}`, {
              method: 'PUT',
              token,
              json: { data: { body: storyData(`${TITLE} ${w}-${i}`).body } },
            })
          );
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    await sleep(6000);
    await app.kill();
    running = false;
    await load;
    app = await database.start();

    const acknowledged = outcomes.filter((o) => o.what === 'create' && o.status === 201);
    const stored = new Set(
      (
        await db.query<{ document_id: string }>('SELECT DISTINCT document_id FROM articles WHERE title = $1', [TITLE])
      ).rows.map((row) => row.document_id)
    );
    console.log(
      'kill-strapi',
      JSON.stringify({ requests: outcomes.length, acknowledged: acknowledged.length, stored: stored.size })
    );
    assert.ok(
      acknowledged.length > 0 && outcomes.some((o) => o.status === 0),
      'writes were acknowledged, and some were cut off'
    );
    assert.deepEqual(
      acknowledged.filter((o) => !stored.has(o.body?.data?.documentId ?? '')),
      [],
      'every acknowledged create is in the database'
    );
    assert.deepEqual(await halfWritten(db, TITLE, 2), {
      storiesWithoutBody: [],
      orphanVersions: [],
      duplicateDrafts: [],
    });
    assert.deepEqual(await countersConsistent(db, SLUG), {
      sharedSlugs: [],
      suffixAboveCounter: 0,
      versionAboveGlobal: false,
    });
    const again = await timed('create', `${app.url}/api/articles`, {
      method: 'POST',
      token,
      json: { data: storyData(TITLE) },
    });
    assert.equal(again.status, 201, 'the restarted process writes');
  });

  for (const processes of [1, 2]) {
    it(`npm run import killed mid-batch (--processes ${processes}): the rerun finishes it, nothing partial or twice`, async () => {
      const prefix = `Imported then killed p${processes}`;
      const dir = path.join(database.work, `batch-${processes}`);
      const stories = 60;
      writeStories(dir, prefix, stories);
      const args = ['--json', '--root', database.work, '--processes', String(processes), '--concurrency', '2', dir];
      const imported = async () =>
        Number(
          (
            await db.query<{ n: string }>('SELECT count(DISTINCT document_id) AS n FROM articles WHERE title LIKE $1', [
              `${prefix}%`,
            ])
          ).rows[0].n
        );

      const first: ImportProcess = runImport(args, database.env, { detached: true });
      const deadline = Date.now() + 240_000;
      while ((await imported()) < 5 && Date.now() < deadline && first.child.exitCode === null) await sleep(100);
      if (first.child.exitCode !== null)
        assert.fail(`the import ended before the kill:\n${(await first.done).stderr.slice(-3000)}`);
      // The whole process group: with --processes the importing children die with their parent.
      process.kill(-(first.child.pid ?? 0), 'SIGKILL');
      const killed = await first.done;
      const before = await imported();
      console.log(`kill-import p${processes}`, JSON.stringify({ signal: killed.signal, importedBeforeKill: before }));
      assert.equal(killed.signal, 'SIGKILL');
      assert.ok(before > 0 && before < stories, `killed mid-batch (${before} of ${stories} written)`);

      const rerun = await runImport(args, database.env).done;
      assert.equal(rerun.code, 0, rerun.stderr.slice(-3000));
      const summary = summaryOf(rerun.stdout);
      assert.equal(summary.failed, 0);
      assert.equal(summary.created + summary.unchanged + summary.updated, stories, 'the rerun accounts for every file');
      assert.equal(await imported(), stories, 'every story once');
      const twice = await db.query<{ title: string }>(
        'SELECT title FROM articles WHERE title LIKE $1 GROUP BY title HAVING count(DISTINCT document_id) > 1',
        [`${prefix}%`]
      );
      assert.deepEqual(twice.rows, [], 'no story imported twice');
      assert.deepEqual(await halfWritten(db, prefix), {
        storiesWithoutBody: [],
        orphanVersions: [],
        duplicateDrafts: [],
      });
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});
