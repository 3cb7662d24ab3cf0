import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { database, publicRest, trustedRest, unique, uniqueName } from './support/api';
import { resultFor, runImport } from './fixtures/import/run-import';

const drafts = async (title: string) =>
  (
    await trustedRest()
      .collection('articles')
      .find({ status: 'draft', filters: { title: { $eq: title } } })
  ).data;

describe('npm run import: imports running at the same time', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-concurrent-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    'two imports racing for the same new link and story write each once: the rule lives in the database',
    {
      skip:
        database !== 'postgres' &&
        `SQLite lets one writer in at a time; the race is run on PostgreSQL (this run is ${database})`,
    },
    async () => {
      const link = unique('A Link Both Imports Create');
      // No byline: the default author exists already, so nothing else serialises the two imports.
      const story = (name: string, title: string) => {
        const file = path.join(dir, `${name}.txt`);
        fs.writeFileSync(file, `${title}\n\nA paragraph.\n\nRead Also: ${link}`);
        return file;
      };
      const [a, b, shared] = [
        story('a', unique('Raced Story A')),
        story('b', unique('Raced Story B')),
        story('shared', unique('Raced Story Both Import')),
      ];

      // Each import holds its transactions open after looking up and before writing, so both look before
      // either writes: A and B race for the new link, then both race for the shared story.
      const race = { env: { NEWSROOM_IMPORT_RACE_PAUSE_MS: '4000' }, cwd: dir };
      const [one, two] = await Promise.all([
        runImport([a, shared, '--publish'], race),
        runImport([b, shared, '--publish'], race),
      ]);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(two.code, 0, two.stderr);
      assert.deepEqual([resultFor(one.summary, shared).outcome, resultFor(two.summary, shared).outcome].sort(), [
        'created',
        'unchanged',
      ]);

      const titleOf = (file: string) => fs.readFileSync(file, 'utf8').split('\n')[0];
      for (const file of [a, b, shared])
        assert.equal((await drafts(titleOf(file))).length, 1, `one story from ${path.basename(file)}`);
      assert.equal(
        (
          await publicRest()
            .collection('related-links')
            .find({ filters: { title: { $eq: link } } })
        ).data.length,
        1,
        'one link'
      );
    }
  );

  it(
    'an author an editor deletes while an import runs is made again, not a failed story',
    {
      skip:
        database !== 'postgres' &&
        `on SQLite the editor's delete waits for the import's write lock, so nothing changes under it (this run is ${database})`,
    },
    async () => {
      const author = uniqueName('Deleted');
      const titles = [unique('Before The Delete'), unique('After The Delete')];
      const files = titles.map((title, i) => {
        const file = path.join(dir, `deleted-author-${i}.txt`);
        fs.writeFileSync(file, `${title}\n\nBy ${author}\n\nA paragraph.`);
        return file;
      });
      // One story at a time, each holding its transaction 2 s between its lookups and its write: the second
      // story has looked the author up (the run remembers it from the first) when the editor deletes it.
      const running = runImport([...files, '--concurrency', '1'], {
        cwd: dir,
        env: { NEWSROOM_IMPORT_RACE_PAUSE_MS: '2000' },
      });
      const deadline = Date.now() + 60_000;
      let first: Awaited<ReturnType<typeof drafts>> = [];
      while (!first.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        first = await drafts(titles[0]);
      }
      assert.equal(first.length, 1, 'the first story was imported');
      const authors = trustedRest().collection('authors');
      const [made] = (await authors.find({ filters: { name: { $eq: author } } })).data;
      await authors.delete(made.documentId);

      const run = await running;
      assert.equal(run.code, 0, run.stderr);
      const second = resultFor(run.summary, files[1]);
      assert.equal(second.outcome, 'created', second.reason);
      const [again] = (await authors.find({ filters: { name: { $eq: author } } })).data;
      assert.ok(again && again.documentId !== made.documentId, 'the author was made again');
      const [story] = (
        await trustedRest()
          .collection('articles')
          .find({ status: 'draft', filters: { title: { $eq: titles[1] } }, populate: { author: true } })
      ).data;
      assert.equal(story.author?.documentId, again.documentId);
    }
  );

  it(
    'stories that name each other, imported by two imports at once, end with every link resolved',
    // On SQLite two importer processes and the server queue for one write lock, and under load one of them
    // can time out (SQLITE_BUSY): a real limit of the embedded database, not of the importer.
    {
      skip:
        database !== 'postgres' && `concurrent imports are a PostgreSQL deployment's case (this run is ${database})`,
    },
    async () => {
      const titles = Array.from({ length: 6 }, (_, i) => unique(`Story In A Ring ${i + 1}`));
      const files = titles.map((title, i) => {
        const file = path.join(dir, `ring-${i}.txt`);
        fs.writeFileSync(file, `${title}\n\nA paragraph.\n\nRead Also: ${titles[(i + 1) % titles.length]}`);
        return file;
      });
      const [one, two] = await Promise.all([
        runImport([...files, '--publish', '--concurrency', '3'], { cwd: dir }),
        runImport([...files].reverse().concat('--publish'), { cwd: dir }),
      ]);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(two.code, 0, two.stderr);
      for (const title of titles) {
        assert.equal((await drafts(title)).length, 1, `one story titled ${title}`);
        const links = (
          await publicRest()
            .collection('related-links')
            .find({ filters: { title: { $eq: title } }, populate: { article: true } })
        ).data;
        assert.equal(links.length, 1, `one link to ${title}`);
        assert.equal(links[0].article?.title, title, `the link to ${title} resolved`);
      }
    }
  );

  it('--processes shares one batch among several processes: every file once, one summary, links resolved, a bad file reported', async () => {
    const titles = Array.from({ length: 8 }, (_, i) => unique(`Story Shared Out ${i + 1}`));
    const files = titles.map((title, i) => {
      const file = path.join(dir, `shared-out-${i}.txt`);
      fs.writeFileSync(file, `${title}\n\nA paragraph.\n\nRead Also: ${titles[(i + 3) % titles.length]}`);
      return file;
    });
    const empty = path.join(dir, 'shared-out-empty.txt');
    fs.writeFileSync(empty, '');

    const run = await runImport([...files, empty, '--publish', '--processes', '2', '--concurrency', '2'], { cwd: dir });
    assert.equal(run.code, 1, 'one file failed');
    const { summary } = run;
    assert.deepEqual([summary.total, summary.created, summary.failed], [9, 8, 1]);
    assert.deepEqual(
      summary.files.map((result) => result.file).sort(),
      [...files, empty].sort(),
      'every file reported once'
    );
    assert.equal(resultFor(summary, empty).outcome, 'failed');
    if (database === 'sqlite') {
      assert.equal(summary.processes, 1);
      assert.ok(
        summary.notices.some((notice) => /SQLite/.test(notice)),
        'says why one process did it all'
      );
    } else assert.equal(summary.processes, 2);
    for (const title of titles) {
      assert.equal((await drafts(title)).length, 1, `one story titled ${title}`);
      const links = (
        await publicRest()
          .collection('related-links')
          .find({ filters: { title: { $eq: title } }, populate: { article: true } })
      ).data;
      assert.equal(links[0]?.article?.title, title, `the link to ${title} resolved`);
    }

    const again = await runImport([...files, '--processes', '2'], { cwd: dir });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.summary.unchanged, files.length, 'a second run changes nothing');
  });
});
