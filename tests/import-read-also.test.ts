import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Answer, ArticleAnswer, ErrorAnswer } from './support/answers';
import { apiToken, http, trustedRest, unique } from './support/api';
import { resultFor, runImport } from './fixtures/import/run-import';

/** The href of each "Read Also" block on a story's public page (null while unresolved). */
async function readAlsoHrefs(documentId: string): Promise<(string | null)[]> {
  const { slug } = (await trustedRest().collection('articles').findOne(documentId)).data;
  const page = await http<Answer<ArticleAnswer>>(`/api/articles/slug/${slug}`);
  assert.equal(page.status, 200, JSON.stringify(page.body));
  return page.body.data.body
    .filter((block) => block.__component === 'article.read-also')
    .map((block) => block.link.href as string | null);
}

const slugOf = async (documentId: string) => (await trustedRest().collection('articles').findOne(documentId)).data.slug;

describe('npm run import: Read Also links', () => {
  let dir: string;
  const story = (name: string, title: string, readAlso?: string) => {
    const file = path.join(dir, `${name}.txt`);
    fs.writeFileSync(
      file,
      `${title}\n\nA paragraph about ${name}.${readAlso ? `\n\nRead Also: ${readAlso}\n\nA closing paragraph.` : ''}`
    );
    return file;
  };
  const importOne = async (file: string) => {
    const run = await runImport([file, '--publish'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    return resultFor(run.summary, file).documentId;
  };

  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-read-also-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a link to a story imported later resolves by itself when that story comes in (case and punctuation aside)', async () => {
    const target = unique('Ford’s Layoff Wave Hits Michigan');
    const a = await importOne(story('a', unique('Story That Promotes'), target));
    assert.deepEqual(await readAlsoHrefs(a), [null], 'unresolved: the story does not exist yet');

    const b = await importOne(story('b', target.toUpperCase().replace('’', "'")));
    assert.deepEqual(await readAlsoHrefs(a), [`/articles/${await slugOf(b)}`]);
  });

  it('a link to a story that already exists resolves at once', async () => {
    const target = unique('Extraordinary Discovery: ‘Alien Bodies’ in Mexico');
    const b = await importOne(story('b2', target));
    const a = await importOne(story('a2', unique('Another Promoter'), target));
    assert.deepEqual(await readAlsoHrefs(a), [`/articles/${await slugOf(b)}`]);
  });

  it('an unresolved link an editor made for a story already published is pointed at it when a story names it', async () => {
    const target = unique('Metro Line Opens Early');
    const b = await importOne(story('b5', target));
    // Made by hand after the story went live, so publishing never saw it.
    const made = (await trustedRest().collection('related-links').create({ title: target })).data;
    const a = await importOne(story('a5', unique('Promoter Of A Live Story'), target));
    const page = (
      await trustedRest()
        .collection('articles')
        .findOne(a, { populate: { body: { on: { 'article.read-also': { populate: { link: true } } } } } })
    ).data;
    assert.equal(
      page.body.find((block) => block.__component === 'article.read-also')!.link.documentId,
      made.documentId,
      'the existing link is reused'
    );
    assert.deepEqual(await readAlsoHrefs(a), [`/articles/${await slugOf(b)}`]);
  });

  it('a link to a story an editor writes later resolves when that story is published, not before', async () => {
    const target = unique('Parliament Passes The Budget');
    const a = await importOne(story('a3', unique('Promoter Of A Future Story'), target));
    const draft = (await trustedRest().collection('articles').create({ title: target }, { status: 'draft' })).data;
    assert.deepEqual(await readAlsoHrefs(a), [null], 'a draft is not public, so the link leads nowhere yet');

    await trustedRest().collection('articles').update(draft.documentId, { summary: 'Now published.' });
    assert.deepEqual(await readAlsoHrefs(a), [`/articles/${draft.slug}`]);
  });

  it('a story an editor renames is found by its new title, whatever key a client sends', async () => {
    const target = unique('Harbour Bridge Reopens');
    const created = await http<Answer<ArticleAnswer>>('/api/articles', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: unique('Working Title') } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { documentId } = created.body.data;
    assert.equal(created.body.data.titleKey, undefined, 'the title key is private');

    // The key the target title has: were it taken from the client, the link below would find this story.
    const smuggled = await http<Answer<ArticleAnswer> | ErrorAnswer>(`/api/articles/${documentId}`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { titleKey: target.toLowerCase().replace(/[^a-z0-9]/g, '') } },
    });
    assert.ok([200, 400].includes(smuggled.status), JSON.stringify(smuggled.body));
    const a = await importOne(story('a4', unique('Promoter Of A Renamed Story'), target));
    assert.deepEqual(await readAlsoHrefs(a), [null], 'no story has that title yet');

    await trustedRest().collection('articles').update(documentId, { title: target });
    assert.deepEqual(await readAlsoHrefs(a), [`/articles/${await slugOf(documentId)}`]);
  });

  it('a link with an outside URL keeps the URL', async () => {
    const file = path.join(dir, 'outside.html');
    fs.writeFileSync(
      file,
      `<h1>${unique('Links Out')}</h1><p>Text.</p><p>Read Also: <a href="https://other.example/news/1">${unique('Elsewhere')}</a></p>`
    );
    const a = await importOne(file);
    assert.deepEqual(await readAlsoHrefs(a), ['https://other.example/news/1']);
  });
});
