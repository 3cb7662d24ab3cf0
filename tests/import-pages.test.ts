/**
 * Saved news pages, nothing lost: the twelve real pages of ../shared/fixtures/pages go through
 * `npm run import` and are read back over REST. Each must keep Readability's headline (less the site's
 * decorations), its byline, and at least 95% of the paragraphs Readability itself keeps, in order — the
 * reference comes from running Readability on the saved page here, not from the importer.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { ArticleAnswer, BlockNode } from './support/answers';
import { trustedRest, unique } from './support/api';
import { collapse, paragraphsInOrder } from './support/paragraphs-in-order';
import { resultFor, runImport, SHARED_FIXTURES, type ImportRun } from './fixtures/import/run-import';

const PAGES = path.join(SHARED_FIXTURES, 'pages');
const POPULATE = {
  author: true,
  body: { on: { 'article.text': true, 'article.read-also': { populate: { link: true } }, 'article.image': true } },
};

interface ExpectedMetadata {
  title: string;
  byline: string | null;
}

/**
 * Three pages where Readability's byline is another story's: it takes the first element labelled byline
 * or author, and there that is in a box of links to other stories. Each page names its own author beside
 * its headline, and its metadata agrees.
 */
const PAGE_AUTHOR: Record<string, { author: string; why: string }> = {
  'herald-sun-1': {
    author: 'Laurie Oakes',
    why: '"by: Laurie Oakes" under the headline and article:author; JOE HILDEBRAND signs a teaser further down',
  },
  'liberation-1': {
    author: 'AFP',
    why: 'the story is AFP’s (itemprop=author); Sébastien Farcis signs a story in the "Sur le même sujet" box',
  },
  'salon-1': {
    author: 'Richard (R.J.) Eskow',
    why: 'rel=author under the headline; Joanna Rothkopf signs a "most read" teaser',
  },
};

// What Readability keeps that is not story: a newsletter's sign-up and price plans, the byline's bare clock time.
const FURNITURE = '[class*="newsletter"], [class*="subscri"]';
const CLOCK_TIME = /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

const textOf = (el: Element) => collapse(el.textContent ?? '');

function readabilityOf(file: string) {
  // Read as UTF-8, as Readability's own test suite reads these pages: independent of the importer's decoding.
  const html = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  const page = () =>
    new JSDOM(html, { url: 'https://saved.example/page.html', virtualConsole: new VirtualConsole() }).window.document;
  const source = page();
  // Readability unwraps the boxes, so a paragraph's box is found on the page itself. A box of a few
  // paragraphs: a menu labelled "user-subscriptions" can wrap a whole story.
  const furniture = new Set(
    Array.from(source.querySelectorAll(FURNITURE)).flatMap((box) => {
      const paragraphs = Array.from(box.querySelectorAll('p'));
      return paragraphs.length <= 10 ? paragraphs.map(textOf) : [];
    })
  );
  const article = new Readability(source).parse();
  assert.ok(article?.content, `Readability finds a story in ${file}`);
  const all = Array.from(new JSDOM(article.content).window.document.querySelectorAll('p')).map(textOf).filter(Boolean);
  return { all, story: all.filter((text) => !furniture.has(text) && !CLOCK_TIME.test(text)) };
}

const nodeText = (node: BlockNode): string => node.text ?? (node.children ?? []).map(nodeText).join('');

/** Every piece of text the story keeps, in reading order: its nodes (each list item apart), captions, the bio. */
function storedText(article: ArticleAnswer): string[] {
  const lines = article.body.flatMap((block) => {
    if (block.__component === 'article.text')
      return block.content.flatMap((node) =>
        node.type === 'list' ? (node.children ?? []).map(nodeText) : [nodeText(node)]
      );
    if (block.__component === 'article.image') return [block.caption ?? '', block.credit ?? ''];
    return [];
  });
  return [...lines, article.author?.bio ?? ''];
}

const SEPARATOR_NEXT = /^\s*(?:[|–—»›/\\·•@_-]|::)/;
const withoutBy = (byline: string) => byline.replace(/^(?:by|par)\s+/i, '').trim();

describe('npm run import: saved news pages, nothing lost', () => {
  const names = fs.readdirSync(PAGES).sort();
  let dir: string;
  let run: ImportRun;
  const stored = new Map<string, ArticleAnswer>();
  const fileOf = (name: string) => path.join(dir, `${name}.html`);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-pages-'));
    for (const name of names) fs.copyFileSync(path.join(PAGES, name, 'source.html'), fileOf(name));
    run = await runImport([...names.map(fileOf), '--no-fetch-images'], { cwd: dir });
    // Read back together, before the seconds of Readability below: an idle keep-alive connection that the
    // server closes just as the next request goes out fails that request ("other side closed").
    for (const name of names) {
      const { documentId } = resultFor(run.summary, fileOf(name));
      stored.set(
        name,
        (await trustedRest().collection('articles').findOne(documentId, { status: 'draft', populate: POPULATE })).data
      );
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports all twelve pages', () => {
    assert.equal(names.length, 12);
    assert.equal(run.code, 0, JSON.stringify(run.summary?.reported ?? run.stderr));
    assert.equal(run.summary.created + run.summary.updated + run.summary.unchanged, 12);
  });

  for (const name of fs.readdirSync(PAGES).sort()) {
    it(`${name}: Readability's headline and byline, and its paragraphs in order`, async (t) => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(PAGES, name, 'expected-metadata.json'), 'utf8')
      ) as ExpectedMetadata;
      const article = stored.get(name);
      assert.ok(article, `${name} was imported`);

      const title = collapse(expected.title);
      assert.ok(
        article.title === title ||
          (title.startsWith(article.title) && SEPARATOR_NEXT.test(title.slice(article.title.length))),
        `headline "${article.title}" is Readability's "${title}" less site decorations`
      );

      const own = PAGE_AUTHOR[name];
      if (own) {
        assert.equal(article.author?.name, own.author, own.why);
        assert.notEqual(article.author?.name.toLowerCase(), withoutBy(expected.byline ?? '').toLowerCase());
      } else if (expected.byline) {
        assert.equal(article.author?.name.toLowerCase(), withoutBy(expected.byline).toLowerCase());
      }

      const reference = readabilityOf(path.join(PAGES, name, 'source.html'));
      const text = storedText(article);
      const { kept, missing } = paragraphsInOrder(reference.story, text);
      const all = paragraphsInOrder(reference.all, text).kept;
      t.diagnostic(
        `${name}: ${kept}/${reference.story.length} story paragraphs kept in order (${all}/${reference.all.length} of all Readability keeps)`
      );
      assert.ok(
        kept >= 0.95 * reference.story.length,
        `${kept} of ${reference.story.length} paragraphs kept; missing: ${JSON.stringify(missing.map((p) => p.slice(0, 80)))}`
      );
    });
  }

  it('a second import of the same pages changes nothing', async () => {
    const again = await runImport([...names.map(fileOf), '--no-fetch-images'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.equal(again.summary.unchanged, 12);
  });

  it('two "About the author" boxes that name no one, with different bios, are two authors', async () => {
    const desk = `Desk ${unique('Night').replace(/[^A-Za-z ]/g, '')}`;
    const bios = [
      'Covers the harbour and the islands for the paper, and has since the ferries were steam-driven.',
      'Writes about the courts and the city council, and edits the weekend pages.',
    ];
    const files = bios.map((bio, i) => {
      const file = path.join(dir, `nameless-bio-${i}.html`);
      fs.writeFileSync(
        file,
        `<html><body><nav><a href="/">Home</a></nav><article><h1>${unique(`Harbour Story ${i}`)}</h1>
          <p>The harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said.</p>
          <p>Ferries to the islands will run on the summer timetable until the end of the month.</p>
          <aside class="author-box"><h2>About the author</h2><p>${bio}</p></aside></article></body></html>`
      );
      return file;
    });
    const first = await runImport([files[0], '--author', desk], { cwd: dir });
    const second = await runImport([files[1], '--author', desk], { cwd: dir });
    assert.equal(first.code + second.code, 0);
    const [one, two] = await Promise.all(
      [resultFor(first.summary, files[0]), resultFor(second.summary, files[1])].map(
        async ({ documentId }) =>
          (await trustedRest().collection('articles').findOne(documentId, { status: 'draft', populate: POPULATE })).data
      )
    );
    assert.equal(one.author.name, desk);
    assert.equal(two.author.name, desk);
    assert.notEqual(one.author.documentId, two.author.documentId, 'two bios, two people');
    assert.equal(one.author.bio, bios[0]);
    assert.equal(two.author.bio, bios[1], 'the second bio is kept, not discarded');
    const warnings = resultFor(second.summary, files[1]).warnings;
    assert.ok(!warnings.some((w) => /different bio/.test(w)), JSON.stringify(warnings));
    assert.ok(
      warnings.some((w) => /names no one/.test(w)),
      JSON.stringify(warnings)
    );

    // The same bio again is the same person.
    const third = path.join(dir, 'nameless-bio-again.html');
    fs.writeFileSync(
      third,
      fs.readFileSync(files[0], 'utf8').replace(/Harbour Story 0 \w+/, unique('Harbour Story 2'))
    );
    const again = await runImport([third, '--author', desk], { cwd: dir });
    const story = (
      await trustedRest()
        .collection('articles')
        .findOne(resultFor(again.summary, third).documentId, { status: 'draft', populate: POPULATE })
    ).data;
    assert.equal(story.author.documentId, one.author.documentId);
  });
});
