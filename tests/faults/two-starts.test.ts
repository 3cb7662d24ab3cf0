import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Client } from 'pg';
import type { RunningStrapi } from '../../scripts/support/strapi-process';
import { connectTo } from './cluster';
import { faultDatabase } from './fault-app';

/** A rolling deploy's first start: two processes at once on one empty PostgreSQL database. */
describe('two processes starting at once on an empty database', () => {
  let database: Awaited<ReturnType<typeof faultDatabase>>;
  let apps: RunningStrapi[] = [];
  let db: Client;

  before(async () => {
    database = await faultDatabase('twostarts');
  });
  after(async () => {
    await db?.end();
    await Promise.all(apps.map((app) => app.stop()));
    await database?.drop();
  });

  it('both start; one sample story, one set of permissions, one of every index', async () => {
    const started = await Promise.allSettled([database.start(), database.start()]);
    apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = started.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
    assert.deepEqual(
      refused.map((reason) => reason.slice(0, 2000)),
      [],
      'both processes start'
    );
    for (const app of apps) assert.equal((await fetch(`${app.url}/_health`)).status, 204);

    db = await connectTo(database.name);
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0].n);
    assert.equal(
      await count(`SELECT count(DISTINCT document_id) AS n FROM articles`),
      1,
      'one sample story (one document)'
    );
    assert.equal(
      await count(`SELECT count(*) AS n FROM articles WHERE published_at IS NULL`),
      1,
      'one draft row of it'
    );
    assert.equal(
      await count(`SELECT count(*) AS n FROM (SELECT 1 FROM up_permissions p JOIN up_permissions_role_lnk l
        ON l.permission_id = p.id GROUP BY l.role_id, p.action HAVING count(*) > 1) d`),
      0,
      'no users-permissions grant twice'
    );
    assert.equal(
      await count(`SELECT count(*) AS n FROM (SELECT 1 FROM admin_permissions p JOIN admin_permissions_role_lnk l
        ON l.permission_id = p.id GROUP BY l.role_id, p.action, p.subject, p.properties::text, p.conditions::text
        HAVING count(*) > 1) d`),
      0,
      'no admin permission twice'
    );
    assert.equal(await count(`SELECT count(*) AS n FROM up_roles WHERE type = 'editor'`), 1, 'one editor role');
    assert.equal(
      await count(`SELECT count(*) AS n FROM (SELECT 1 FROM pg_indexes WHERE schemaname = 'public'
        GROUP BY tablename, regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON') HAVING count(*) > 1) d`),
      0,
      'no index twice under two names'
    );
    const articles = (await (await fetch(`${apps[0].url}/api/articles`)).json()) as { data: unknown[] };
    assert.equal(articles.data.length, 1, 'the public sees one story');
  });
});
