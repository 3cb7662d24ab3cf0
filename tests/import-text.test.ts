import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { ArticleAnswer, BlockNode } from './support/answers';
import { publicRest, trustedRest, unique, uniqueName } from './support/api';
import { resultFor, root, runImport } from './fixtures/import/run-import';

const SAMPLE = path.join(root, 'data', 'sample', 'kim-jong-un-russia-visit.txt');
const POPULATE = {
  author: true,
  body: {
    on: {
      'article.text': true,
      'article.read-also': { populate: { link: true } },
      'article.image': { populate: { image: true } },
    },
  },
};

const nodeText = (node: BlockNode): string => node.text ?? (node.children ?? []).map(nodeText).join('');
const draft = async (documentId: string) =>
  (await trustedRest().collection('articles').findOne(documentId, { status: 'draft', populate: POPULATE })).data;
const drafts = async (title: string) =>
  (
    await trustedRest()
      .collection('articles')
      .find({ status: 'draft', filters: { title: { $eq: title } } })
  ).data;

/** What a text file says, in the sample story's shape, as the blocks the CMS must hold. */
function expectedFrom(text: string) {
  const chunks = text
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean);
  const about = chunks.indexOf('About the author');
  const blocks: { kind: string; texts?: string[]; title?: string }[] = [];
  for (const chunk of chunks.slice(1, about < 0 ? undefined : about)) {
    const readAlso = /^Read Also: (.+)$/.exec(chunk);
    if (readAlso) blocks.push({ kind: 'read-also', title: readAlso[1] });
    else if (blocks.at(-1)?.kind === 'text') blocks.at(-1)!.texts!.push(chunk);
    else blocks.push({ kind: 'text', texts: [chunk] });
  }
  return { title: chunks[0], blocks, bio: about < 0 ? undefined : chunks.slice(about + 1).join('\n\n') };
}

function assertSameBlocks(story: ArticleAnswer, expected: ReturnType<typeof expectedFrom>) {
  assert.equal(story.title, expected.title);
  assert.deepEqual(
    story.body.map((block) => block.__component),
    expected.blocks.map((block) => `article.${block.kind}`)
  );
  expected.blocks.forEach((block, i) => {
    const actual = story.body[i];
    if (block.kind === 'read-also') assert.equal(actual.link?.title, block.title);
    else assert.deepEqual(actual.content.map(nodeText), block.texts);
  });
}

describe('npm run import: plain-text stories', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-text-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('found the sample story seeded at first start already imported: the seed went through the importer', async () => {
    const seeded = (
      await publicRest()
        .collection('articles')
        .find({ filters: { title: { $eq: expectedFrom(fs.readFileSync(SAMPLE, 'utf8')).title } } })
    ).data;
    assert.equal(seeded.length, 1);
    const run = await runImport([SAMPLE, '--publish'], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    const result = resultFor(run.summary, SAMPLE);
    assert.equal(result.outcome, 'unchanged');
    assert.equal(result.documentId, seeded[0].documentId);
  });

  it('imports a story that equals, block by block, what its text says; a second import changes nothing; an edit updates in place', async () => {
    const title = unique('Kim Jong-un Concludes Visit, Copy');
    const text = fs.readFileSync(SAMPLE, 'utf8').replace(/^.*\n/, `${title}\n`);
    const file = path.join(dir, 'kim-copy.txt');
    fs.writeFileSync(file, text);

    const first = await runImport([file], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const created = resultFor(first.summary, file);
    assert.equal(created.outcome, 'created');
    assert.deepEqual(
      created.warnings,
      ['contains placeholder text (lorem ipsum)'],
      'lorem ipsum is imported and reported'
    );
    const story = await draft(created.documentId);
    const expected = expectedFrom(text);
    assertSameBlocks(story, expected);
    assert.equal(story.publishedAt, null, 'imported as a draft without --publish');
    assert.deepEqual(
      story.body
        .flatMap((block) => block.content ?? [])
        .filter((node) => node.type === 'heading')
        .map(nodeText),
      ['Growing Military Cooperation']
    );
    assert.equal(story.author.name, 'Newsroom Staff');
    assert.equal(story.author.bio, expected.bio);
    assert.equal(
      story.readingTime,
      2,
      'the plugin derived the reading time: the write went through the document service'
    );
    assert.match(story.slug, /^kim-jong-un-concludes-visit-copy-[a-z0-9]+$/);
    assert.equal(story.sourceId, undefined, 'the source identity is private');

    const second = await runImport([file], { cwd: dir });
    assert.equal(resultFor(second.summary, file).outcome, 'unchanged');
    const again = await draft(created.documentId);
    assert.equal(again.updatedAt, story.updatedAt, 'nothing was written');
    assert.equal((await drafts(title)).length, 1);

    const editedTitle = `${title} (Updated)`;
    fs.writeFileSync(
      file,
      text.replace(title, editedTitle).replace('On Monday, Yoon will travel', 'On Tuesday, Yoon will travel')
    );
    const third = await runImport([file, '--publish'], { cwd: dir });
    const updated = resultFor(third.summary, file);
    assert.equal(updated.outcome, 'updated');
    assert.equal(updated.documentId, created.documentId, 'the same story, updated in place');
    const edited = await draft(created.documentId);
    assert.equal(edited.title, editedTitle);
    assert.ok(
      edited.body[2].content
        .map(nodeText)
        .includes('On Tuesday, Yoon will travel to New York to attend the U.N. General Assembly.')
    );
    const live = (await trustedRest().collection('articles').findOne(created.documentId, { status: 'published' })).data;
    assert.equal(live.title, editedTitle, '--publish published it');
    assert.equal((await drafts(title)).length, 0);
    assert.equal((await drafts(editedTitle)).length, 1);

    const fourth = await runImport([file, '--publish'], { cwd: dir });
    assert.equal(resultFor(fourth.summary, file).outcome, 'unchanged', 'published and unchanged: nothing to do');
  });

  it('reuses an author by name and a Read Also link by title across stories', async () => {
    const author = uniqueName('Jane');
    const linkTitle = unique('A Story Both Promote');
    const files = ['one', 'two'].map((name) => {
      const file = path.join(dir, `${name}.txt`);
      fs.writeFileSync(
        file,
        `${unique(`Story ${name}`)}\n\nBy ${author}\n\nBody of ${name}.\n\nRead Also: ${linkTitle}\n\nAbout the author\n\n${name === 'one' ? 'Jane covers imports.' : 'A different bio.'}`
      );
      return file;
    });
    const run = await runImport(files, { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [one, two] = await Promise.all(files.map(async (file) => draft(resultFor(run.summary, file).documentId)));
    assert.equal(one.author.documentId, two.author.documentId);
    assert.equal(one.author.bio, 'Jane covers imports.', 'the first story to tell the bio sets it');
    assert.ok(resultFor(run.summary, files[1]).warnings.some((w: string) => /different bio/.test(w)));
    assert.equal(one.body[1].link.documentId, two.body[1].link.documentId);
    const links = (
      await publicRest()
        .collection('related-links')
        .find({ filters: { title: { $eq: linkTitle } } })
    ).data;
    assert.equal(links.length, 1);
  });

  it('keeps typographic quotes and non-Latin text exactly as written', async () => {
    const title = unique('김정은, 러시아 방문 마치고 귀국 — «Визит»');
    const body = [
      '“불법적이고 부당한” 군사 협력이라고 말했다.',
      'Ким Чен Ын покинул Россию на поезде.',
      '金正恩结束了对俄罗斯的访问。',
      'It’s the country’s “first” visit — ‘in years’…',
    ];
    const file = path.join(dir, 'unicode.txt');
    fs.writeFileSync(file, `${title}\n\n${body.join('\n\n')}\n`);
    const run = await runImport([file], { cwd: dir });
    const story = await draft(resultFor(run.summary, file).documentId);
    assert.equal(story.title, title);
    assert.deepEqual(story.body[0].content.map(nodeText), body);
  });

  it('--dry-run parses and validates, reports what would happen, and writes nothing', async () => {
    const title = unique('Never Written');
    const file = path.join(dir, 'dry.txt');
    const author = uniqueName('Dry');
    const link = unique('Dry Link');
    fs.writeFileSync(file, `${title}\n\nBy ${author}\n\nA paragraph.\n\nRead Also: ${link}`);
    const run = await runImport([file, '--dry-run', '--publish'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.summary.dryRun, true);
    assert.equal(resultFor(run.summary, file).outcome, 'created');
    assert.equal((await drafts(title)).length, 0);
    assert.equal(
      (
        await publicRest()
          .collection('authors')
          .find({ filters: { name: { $eq: author } } })
      ).data.length,
      0
    );
    assert.equal(
      (
        await publicRest()
          .collection('related-links')
          .find({ filters: { title: { $eq: link } } })
      ).data.length,
      0
    );
  });

  it('shows one plain line a file when not on a terminal, a summary, and exit code 0', async () => {
    const file = path.join(dir, 'plain.txt');
    fs.writeFileSync(file, `${unique('Plain Output')}\n\nA paragraph.`);
    const run = await runImport([file], { cwd: dir, json: false });
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^\[1\/1\] created {3}plain\.txt$/m);
    assert.match(run.stdout, /Imported as drafts: 1 file in [\d.]+ s\n {2}1 created, 0 updated, 0 unchanged, 0 failed/);
  });
});
