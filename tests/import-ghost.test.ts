import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Answer, ArticleAnswer, NewsArticleLd, StoryMeta } from './support/answers';
import { apiToken, http, trustedRest } from './support/api';
import { root, runImport, SHARED_FIXTURES, type ImportSummary } from './fixtures/import/run-import';

const GHOST = path.join(SHARED_FIXTURES, 'ghost', 'v3_export.json');
const POPULATE = {
  author: true,
  section: true,
  tags: true,
  cover: true,
  body: { on: { 'article.text': true, 'article.image': true } },
};

const version = async (documentId: string, status: 'draft' | 'published') =>
  (await trustedRest().collection('articles').findOne(documentId, { status, populate: POPULATE })).data;
const isLive = async (documentId: string) => (await version(documentId, 'published').catch(() => null)) !== null;
const bySlug = (summary: ImportSummary, slug: string) => {
  const found = summary.files.find((result) => result.entry === `post ${slug}`);
  assert.ok(found, `a result for ${slug}`);
  return found;
};

/** The export's tables, as much of them as the test changes. */
interface GhostExport {
  db: Array<{ data: { posts: Array<Record<string, unknown>> } }>;
}

describe('npm run import: a Ghost export (JSON)', () => {
  let dir: string;
  let first: ImportSummary;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-ghost-'));
    const run = await runImport([GHOST, '--no-fetch-images'], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    first = run.summary;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes one published story per post, with its slug, date, author, section and standfirst', async () => {
    assert.equal(first.created, 7);
    assert.equal(first.failed, 0);
    const welcome = bySlug(first, 'welcome');
    const story = await version(welcome.documentId, 'published');
    assert.equal(story.slug, 'welcome');
    assert.equal(story.title, 'Welcome to Ghost');
    assert.equal(story.firstPublishedAt, '2021-03-24T00:55:53.000Z');
    assert.equal(story.section?.name, 'Getting Started', 'the primary tag');
    assert.match(story.summary ?? '', /^Welcome, it's great to have you here/);
    assert.ok(story.body.length > 0);
    assert.doesNotMatch(JSON.stringify(story.body), /<\/?[a-z]+[ >]|kg-card/);
    const page = await http<Answer<ArticleAnswer, StoryMeta>>('/api/articles/slug/welcome');
    assert.equal((page.body.meta.jsonLd as NewsArticleLd).datePublished, '2021-03-24T00:55:53.000Z');
    assert.ok(
      welcome.warnings.some((warning) => /welcome-to-ghost\.png not fetched/.test(warning)),
      'the feature image is the cover (not fetched: remote pictures are off)'
    );

    const stories = await Promise.all(first.files.map((result) => version(result.documentId, 'published')));
    assert.equal(new Set(stories.map((s) => s.author.documentId)).size, 1, 'one user wrote them: one author');
    assert.equal(stories[0].author.name, 'Ghost');
  });

  it('answers Ghost’s old /<slug>/ addresses with 301', async () => {
    const answer = await http<{ data: { to: string; status: number } }>('/api/redirects/resolve?path=/the-editor/');
    assert.equal(answer.status, 301);
    assert.equal(answer.headers.get('location'), '/articles/the-editor');
    assert.deepEqual(answer.body.data, { to: '/articles/the-editor', status: 301 });
  });

  it('creates nothing the second time; non-public and unpublished posts come in as drafts, reported', async () => {
    const again = await runImport([GHOST, '--no-fetch-images'], { cwd: root });
    assert.equal(again.summary.created, 0);
    assert.equal(again.summary.unchanged, 7);

    const changed = JSON.parse(fs.readFileSync(GHOST, 'utf8')) as GhostExport;
    const posts = changed.db[0].data.posts;
    const themes = posts.find((post) => post.slug === 'themes')!;
    themes.visibility = 'paid';
    const newPost = {
      ...themes,
      id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
      uuid: '00000000-0000-4000-8000-000000000001',
      slug: 'ghost-draft-post',
      status: 'draft',
      visibility: 'public',
      title: 'A Ghost Draft',
    };
    posts.push(newPost, {
      ...themes,
      id: 'bbbbbbbbbbbbbbbbbbbbbbbb',
      uuid: '00000000-0000-4000-8000-000000000002',
      slug: 'about',
      type: 'page',
    });
    const file = path.join(dir, 'newer.json');
    fs.writeFileSync(file, JSON.stringify(changed));
    const newer = await runImport([file, '--no-fetch-images', '--publish'], { cwd: root });
    assert.equal(newer.code, 0, newer.stderr);
    assert.equal(newer.summary.created, 1, 'the new draft; the page is not a post');
    assert.equal(newer.summary.skipped.pages, 1);
    const draft = bySlug(newer.summary, 'ghost-draft-post');
    assert.ok(draft.warnings.some((warning) => /draft in Ghost: imported as a draft/.test(warning)));
    assert.equal(await isLive(draft.documentId), false, '--publish does not publish a Ghost draft');
    const paid = bySlug(newer.summary, 'themes');
    assert.ok(paid.warnings.some((warning) => /visible to paid only in Ghost: imported as a draft/.test(warning)));
    assert.equal(paid.outcome, 'updated');
    assert.equal(await isLive(paid.documentId), false, 'the export’s status wins: the story is taken down');
  });

  it('is told from other JSON by content', async () => {
    const other = path.join(dir, 'export.json');
    fs.writeFileSync(other, JSON.stringify({ db: [{ meta: { exported_on: 1 }, data: { members: [] } }] }));
    const run = await runImport([other], { cwd: root });
    assert.equal(run.code, 1);
    assert.match(run.summary.files[0].reason, /not a Ghost export/);
    assert.ok(apiToken);
  });
});
