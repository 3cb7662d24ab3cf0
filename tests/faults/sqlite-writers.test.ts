import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { appRoot } from '../../scripts/support/compile-app';
import { startStrapi, type RunningStrapi } from '../../scripts/support/strapi-process';
import { bootTokens, storyData, timed, type Outcome } from './fault-app';
import { runImport, summaryOf, writeStories } from './import-cli';
import { openReadOnly } from './read-sqlite';

const STORIES = 40;

/** The embedded default with two writers: the server under a bounded load, and an import into the same file. */
describe('SQLite: the server and an import writing at once', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-faults-sqlite-'));
  const env = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(work, 'data.db') };
  let app: RunningStrapi;
  let token = '';

  before(async () => {
    app = await startStrapi({ root: appRoot, env, logFile: path.join(work, 'strapi.log') });
    ({ apiToken: token } = await bootTokens(app.url));
  });
  after(async () => {
    await app?.stop();
    if (process.env.FAULTS_KEEP) console.log(`logs kept in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  });

  it('no request fails with SQLITE_BUSY, the import finishes, nothing is lost', async () => {
    writeStories(path.join(work, 'stories'), 'Imported beside the server', STORIES);
    const importing = runImport(['--json', '--root', work, path.join(work, 'stories')], env);
    let running = true;
    void importing.done.then(() => (running = false));

    const outcomes: Outcome[] = [];
    const worker = async (w: number) => {
      let mine: string | undefined;
      for (let i = 0; running && i < 2000; i++) {
        if (i % 3 === 0) outcomes.push(await timed('read', `${app.url}/api/articles?pagination[pageSize]=5`));
        else if (!mine || i % 3 === 1) {
          const created = await timed('create', `${app.url}/api/articles`, {
            method: 'POST',
            token,
            json: { data: storyData(`Written beside the import ${w}-${i}`) },
          });
          outcomes.push(created);
          if (created.status === 201) mine = created.body?.data?.documentId;
        } else
          outcomes.push(
            await timed('update', `${app.url}/api/articles/${mine}`, {
              method: 'PUT',
              token,
              json: { data: storyData(`Written beside the import ${w}-${i} updated`) },
            })
          );
      }
    };
    await Promise.all([0, 1, 2].map(worker));
    const imported = await importing.done;

    const statuses: Record<string, number> = {};
    for (const o of outcomes) statuses[`${o.what} ${o.status}`] = (statuses[`${o.what} ${o.status}`] ?? 0) + 1;
    console.log(
      'sqlite-writers',
      JSON.stringify({ requests: outcomes.length, statuses, maxMs: Math.max(...outcomes.map((o) => o.ms)) })
    );
    assert.equal(imported.code, 0, `the import succeeds:\n${imported.stderr.slice(-3000)}`);
    const summary = summaryOf(imported.stdout);
    assert.deepEqual({ created: summary.created, failed: summary.failed }, { created: STORIES, failed: 0 });
    assert.ok(
      outcomes.some((o) => o.what === 'create'),
      'the server was written to during the import'
    );
    assert.deepEqual(
      outcomes.filter((o) => o.status < 200 || o.status >= 300).map((o) => `${o.what} ${o.status}`),
      [],
      'every request succeeds (no SQLITE_BUSY as a 500, none refused)'
    );

    const db = openReadOnly(env.DATABASE_FILENAME);
    try {
      const titles = new Set(
        (db.prepare('SELECT DISTINCT document_id FROM articles').all() as { document_id: string }[]).map(
          (r) => r.document_id
        )
      );
      const lost = outcomes.filter(
        (o) => o.what === 'create' && o.status === 201 && !titles.has(o.body?.data?.documentId ?? '')
      );
      assert.deepEqual(lost, [], 'every acknowledged create is in the database');
      const importedCount = db
        .prepare(
          "SELECT count(DISTINCT document_id) AS n FROM articles WHERE title LIKE 'Imported beside the server %'"
        )
        .get() as { n: number };
      assert.equal(importedCount.n, STORIES, 'every imported story is in the database');
      const journal = db.pragma('journal_mode', { simple: true });
      assert.equal(journal, 'wal');
    } finally {
      db.close();
    }
  });
});
