import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Answer, ArticleAnswer, BlockNode, BodyBlock } from './support/answers';
import { apiToken, http as api, publicRest, trustedRest, unique } from './support/api';
import { resultFor, root, runImport } from './fixtures/import/run-import';

const fixtures = path.join(root, 'tests', 'fixtures', 'import');
const SAMPLE_TITLE = 'Kim Jong-un Concludes Week-Long Visit to Russia, Returns to North Korea';
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
const page = async (documentId: string) => {
  const { slug } = (await trustedRest().collection('articles').findOne(documentId)).data;
  const answer = await api<Answer<ArticleAnswer>>(`/api/articles/slug/${slug}`);
  assert.equal(answer.status, 200);
  return answer.body.data;
};

/** A body as comparable lines: component, then its text or link title. */
const blockLines = (body: BodyBlock[]) =>
  body.map((block) =>
    block.__component === 'article.text'
      ? `text: ${block.content.map((node) => `${node.type}(${nodeText(node)})`).join(' ')}`
      : block.__component === 'article.read-also'
        ? `read-also: ${block.link.title}`
        : `image: ${block.caption ?? ''}`
  );

describe('npm run import: HTML articles and saved news pages', () => {
  let dir: string;
  const uploaded: (number | undefined)[] = [];
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-html-'))));
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    // The pictures were stored in public/uploads; leave the working copy as it was.
    for (const id of new Set(uploaded)) await api(`/api/upload/files/${id}`, { method: 'DELETE', token: apiToken });
  });

  it('stores an HTML version of the sample story exactly as the text version', async () => {
    const file = path.join(fixtures, 'kim-jong-un-russia-visit.html');
    // A draft: the published sample stays the only public story with this headline.
    const run = await runImport([file], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    const fromHtml = await draft(resultFor(run.summary, file).documentId);
    const [seeded] = (
      await publicRest()
        .collection('articles')
        .find({ filters: { title: { $eq: SAMPLE_TITLE } }, populate: POPULATE })
    ).data;

    assert.notEqual(fromHtml.documentId, seeded.documentId, 'another file is another story');
    assert.equal(fromHtml.title, seeded.title);
    assert.deepEqual(blockLines(fromHtml.body), blockLines(seeded.body));
    assert.deepEqual(fromHtml.body[0].content, seeded.body[0].content, 'the same nodes, not only the same words');
    assert.equal(fromHtml.author.documentId, seeded.author.documentId, 'the same author, reused by name');
    assert.equal(
      fromHtml.body[1].link.documentId,
      seeded.body[1].link.documentId,
      'the same Read Also link: a site path without a site is no URL'
    );
    assert.equal(fromHtml.body[3].link.url, 'https://example.org/world/alien-bodies-mexico', 'an absolute URL is kept');
    assert.equal(fromHtml.wordCount, seeded.wordCount);
  });

  it('reduces a saved news page to its story: headline, byline, paragraphs, headings, pictures, links — no chrome', async () => {
    fs.cpSync(path.join(fixtures, 'pages'), path.join(dir, 'pages'), { recursive: true });
    const file = path.join(dir, 'pages', 'seoul-subway.html');
    const run = await runImport([file, '--publish', '--no-fetch-images'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const result = resultFor(run.summary, file);
    assert.equal(result.outcome, 'created');
    const story = await page(result.documentId);
    uploaded.push(story.body[0].image?.id);

    assert.equal(story.title, 'Seoul Opens Its First Driverless Subway Line to Commuters');
    assert.equal(story.author.name, 'Min-ji Park');
    assert.equal(
      story.summary,
      'The 14-station line links Gangnam with the new Sinsa business district; officials say it will carry 200,000 riders a day.'
    );
    assert.deepEqual(
      story.body.map((block) => block.__component),
      ['article.image', 'article.text', 'article.read-also', 'article.read-also', 'article.text']
    );
    const [picture, lead, busan, tokyo, rest] = story.body;
    assert.equal(picture.caption, 'Commuters wait for the first train at Sinsa station on Monday.');
    assert.equal(picture.credit, 'Photo: Lee Jae-won / Daily Ledger');
    assert.match(
      picture.image?.url ?? '',
      /^\/uploads\/platform_/,
      'the picture saved next to the page is in the media library'
    );
    assert.equal(picture.image!.alternativeText, 'Commuters wait on the platform of Sinsa station');
    assert.equal(lead.content[0].children![0].text, 'SEOUL');
    assert.equal(lead.content[0].children![0].bold, true);
    const inStoryLink = lead.content[2].children!.find((child) => child.type === 'link');
    assert.deepEqual(inStoryLink, {
      type: 'link',
      url: 'https://www.dailyledger.example/tech/2023/03/02/seoul-subway-automation-tests',
      children: [{ type: 'text', text: 'a report published in March' }],
    });
    assert.equal(busan.link.title, 'Busan Tests Self-Driving Trams on Its Waterfront Line');
    assert.equal(busan.link.href, 'https://www.dailyledger.example/world/asia/2023/06/01/busan-tram-automation');
    assert.equal(tokyo.link.href, 'https://www.otherpaper.example/2023/08/tokyo-yamanote-automation');
    assert.deepEqual(
      rest.content.map((node) => node.type),
      ['heading', 'paragraph', 'paragraph', 'quote', 'paragraph', 'list', 'paragraph']
    );
    assert.ok(rest.content.some((node) => nodeText(node).includes('서울시는 “안전이 최우선”이라며')));
    const json = JSON.stringify(story.body);
    for (const chrome of [
      'Subscribe',
      'Advertisement',
      'Share on',
      'Most Read',
      'Comments',
      'transitfan88',
      'Asia Briefing',
      'All rights reserved',
    ]) {
      assert.ok(!json.includes(chrome), `"${chrome}" is page chrome, not story`);
    }

    // The same page saved again under another name is the same story (its canonical address).
    const copy = path.join(dir, 'pages', 'Seoul subway (1).html');
    fs.copyFileSync(file, copy);
    const again = await runImport([copy, '--publish', '--no-fetch-images'], { cwd: dir });
    assert.equal(resultFor(again.summary, copy).outcome, 'unchanged');
    assert.equal(resultFor(again.summary, copy).documentId, result.documentId);
  });

  it('keeps the author box, reports what it could not keep, and keeps a caption when the picture is not fetched', async () => {
    const file = path.join(fixtures, 'pages', 'arctic-shipping.html');
    const run = await runImport([file, '--no-fetch-images'], { cwd: root });
    const result = resultFor(run.summary, file);
    const story = await draft(result.documentId);
    assert.equal(story.author.name, 'Anna Kowalski');
    assert.equal(
      story.author.bio,
      'Anna Kowalski covers climate science from London. She previously reported from Warsaw and Kyiv.'
    );
    assert.equal(story.author.jobTitle, 'Science correspondents');
    assert.equal(story.body[0].__component, 'article.image');
    assert.equal(story.body[0].image, null);
    assert.equal(story.body[0].caption, 'An icebreaker leads a tanker through the Laptev Sea');
    assert.equal(story.body[0].credit, 'Reuters');
    assert.ok(blockLines(story.body).some((line) => line.includes('«Лёд уходит быстрее, чем мы успеваем считать».')));
    for (const warning of [
      /embedded video/,
      /2 authors \(Anna Kowalski, Ivan Petrov\)/,
      /placeholder text/,
      /not fetched/,
    ]) {
      assert.ok(
        result.warnings.some((w: string) => warning.test(w)),
        `${warning} in ${JSON.stringify(result.warnings)}`
      );
    }
  });

  it('fetches a picture from the web once: a second import finds the one it stored', async () => {
    let hits = 0;
    const png = fs.readFileSync(path.join(fixtures, 'pages', 'seoul-subway_files', 'platform.png'));
    const server = http.createServer((request, response) => {
      hits++;
      response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const file = path.join(dir, 'remote-picture.html');
      fs.writeFileSync(
        file,
        `<html><body><nav><a href="/">Home</a></nav><article><h1>${unique('Harbour Reopens')}</h1>
          <figure><img src="http://127.0.0.1:${port}/photos/harbour.png?w=1200" alt="The harbour"><figcaption>The harbour at dawn.</figcaption></figure>
          <p>The harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said.</p>
          <p>Ferries to the islands will run on the summer timetable until the end of the month.</p></article></body></html>`
      );
      const first = await runImport([file], { cwd: dir });
      const story = await draft(resultFor(first.summary, file).documentId);
      uploaded.push(story.body[0].image?.id);
      assert.equal(story.body[0].image?.alternativeText, 'The harbour');
      assert.equal(hits, 1);

      const second = await runImport([file], { cwd: dir });
      assert.equal(resultFor(second.summary, file).outcome, 'unchanged');
      assert.equal(hits, 1, 'not downloaded again');
    } finally {
      server.close();
    }
  });
});
