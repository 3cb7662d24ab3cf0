import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { apiToken, http, publicRest, trustedRest, unique } from './support/api';
import { resultFor, root, runImport } from './fixtures/import/run-import';

const PNG = fs.readFileSync(
  path.join(root, 'tests', 'fixtures', 'import', 'pages', 'seoul-subway_files', 'platform.png')
);

describe('npm run import: bad files in a batch', () => {
  let dir: string;
  const files: Record<string, string> = {};
  const good = { before: unique('Good Story Before The Bad Ones'), after: unique('Good Story After The Bad Ones') };
  const brokenStory = {
    title: unique('A Story With A Broken Picture'),
    author: `Ada ${unique('X')
      .slice(2)
      .replace(/\d/g, 'q')
      .replace(/^./, (c) => c.toUpperCase())}`,
    link: unique('A Link Only The Broken Story Names'),
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
    const write = (name: string, content: string | Buffer) => {
      files[name] = path.join(dir, name);
      fs.mkdirSync(path.dirname(files[name]), { recursive: true });
      fs.writeFileSync(files[name], content);
    };
    write('01-good.txt', `${good.before}\n\nA paragraph.`);
    write('02-empty.txt', '');
    write('03-picture.txt', PNG);
    write(
      '04-malformed.html',
      '<html><head><title></title></head><body><div class="x"><p>Half a page that was never fin'
    );
    write(
      '05-no-title-line.txt',
      `${'This file starts with its body and has no title line at all, '.repeat(8)}\n\nMore.`
    );
    write(
      '06-huge.txt',
      Buffer.concat([
        Buffer.from('A Story Of Five Megabytes\n\n'),
        Buffer.alloc(5 * 1024 * 1024, 'All work and no play makes a very long story. '),
      ])
    );
    write('07-latin1.txt', Buffer.from("Caf\xe9 Society\n\nUn caf\xe9, s'il vous pla\xeet.", 'latin1'));
    // A damaged picture fails the story after its author and its Read Also link were written.
    write(
      '08-broken/page.html',
      `<h1>${brokenStory.title}</h1><p class="byline">By ${brokenStory.author}</p><p>Text.</p><p>Read Also: ${brokenStory.link}</p>
       <figure><img src="page_files/photo.jpg"><figcaption>A picture.</figcaption></figure>`
    );
    write(
      '08-broken/page_files/photo.jpg',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a JPEG at all')])
    );
    write('09-good.txt', `${good.after}\n\nA paragraph.`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file with its reason, writes nothing of it, goes on with the batch and exits non-zero', async () => {
    const run = await runImport([dir], { cwd: dir });
    assert.equal(run.code, 1, 'a failed file makes the exit code non-zero');
    const reason = (name: string) => {
      const result = resultFor(run.summary, files[name]);
      assert.equal(result?.outcome, 'failed', `${name}: ${JSON.stringify(result)}`);
      return result.reason;
    };
    assert.match(reason('02-empty.txt'), /the file is empty/);
    assert.match(reason('03-picture.txt'), /PNG image, not a text or HTML story/);
    assert.match(reason('04-malformed.html'), /no headline/);
    assert.match(reason('05-no-title-line.txt'), /too long for a headline/);
    assert.match(reason('06-huge.txt'), /the file is 5\.0 MB, more than the 2\.0 MB a story file may be/);
    assert.match(reason('07-latin1.txt'), /not UTF-8/);
    assert.match(reason('08-broken/page.html'), /not a valid image/);
    assert.equal(resultFor(run.summary, files['01-good.txt']).outcome, 'created');
    assert.equal(
      resultFor(run.summary, files['09-good.txt']).outcome,
      'created',
      'the batch went on after the bad files'
    );
    assert.deepEqual(
      { created: run.summary.created, failed: run.summary.failed, total: run.summary.total },
      { created: 2, failed: 7, total: 9 }
    );

    const drafts = async (title: string) =>
      (
        await trustedRest()
          .collection('articles')
          .find({ status: 'draft', filters: { title: { $eq: title } } })
      ).data;
    assert.equal((await drafts(brokenStory.title)).length, 0, 'no article');
    assert.equal(
      (
        await publicRest()
          .collection('authors')
          .find({ filters: { name: { $eq: brokenStory.author } } })
      ).data.length,
      0,
      'no author: rolled back'
    );
    assert.equal(
      (
        await publicRest()
          .collection('related-links')
          .find({ filters: { title: { $eq: brokenStory.link } } })
      ).data.length,
      0,
      'no link: rolled back'
    );
    assert.equal((await drafts('A Story Of Five Megabytes')).length, 0);
    assert.equal((await drafts(good.after)).length, 1);

    // Mended, the same file brings exactly what was rolled back: the checks above were not vacuous.
    fs.writeFileSync(path.join(dir, '08-broken', 'page_files', 'photo.jpg'), PNG);
    const mended = await runImport([files['08-broken/page.html']], { cwd: dir });
    assert.equal(mended.code, 0, mended.stderr);
    const story = (
      await trustedRest()
        .collection('articles')
        .findOne(resultFor(mended.summary, files['08-broken/page.html']).documentId, {
          status: 'draft',
          populate: {
            author: true,
            body: {
              on: {
                'article.read-also': { populate: { link: true } },
                'article.image': { populate: { image: true } },
                'article.text': true,
              },
            },
          },
        })
    ).data;
    await http(`/api/upload/files/${story.body.at(-1)!.image!.id}`, { method: 'DELETE', token: apiToken });
    assert.equal(story.author.name, brokenStory.author);
    assert.equal(story.body[1].link.title, brokenStory.link);
  });

  it('says the same in plain words: a line for each file, the failures with their reasons', async () => {
    const run = await runImport([files['02-empty.txt'], files['09-good.txt'], path.join(dir, 'missing.txt')], {
      cwd: dir,
      json: false,
    });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^\[1\/2\] failed {4}02-empty\.txt — the file is empty$/m);
    assert.match(run.stderr, /^\[2\/2\] unchanged 09-good\.txt$/m);
    assert.match(run.stderr, /missing\.txt matches no file/);
    assert.match(run.stdout, /0 created, 0 updated, 1 unchanged, 2 failed/);
    assert.match(run.stdout, /Failed:\n {2}02-empty\.txt: the file is empty\n {2}missing\.txt: no such file/);
  });
});
