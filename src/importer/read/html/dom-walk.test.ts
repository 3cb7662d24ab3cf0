import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { descendantsOf } from './dom-walk';
import { readPageMetadata } from './html-metadata';
import { isWholePage } from './parse-html';

const doc = (html: string) => new JSDOM(html).window.document;

test('descendantsOf lists what querySelectorAll("*") lists, in the same order', () => {
  const pages = [
    '<p>one</p>',
    '<div><p>a <b>b</b> <i>c</i></p><ul><li>x</li><li><span>y</span></li></ul></div><p>after</p>',
    '<article><h1>T</h1><figure><img src="a.jpg"><figcaption>c</figcaption></figure></article><aside></aside><!-- c --><footer><p><a href="/">x</a></p></footer>',
    '<template><p>inside a template</p></template><svg><title>t</title></svg>',
  ];
  for (const html of pages) {
    const body = doc(html).body;
    assert.deepEqual(Array.from(descendantsOf(body)), Array.from(body.querySelectorAll('*')), html);
    assert.deepEqual(Array.from(descendantsOf(body, true)), [body, ...Array.from(body.querySelectorAll('*'))], html);
    const inner = body.firstElementChild!;
    assert.deepEqual(
      Array.from(descendantsOf(inner)),
      Array.from(inner.querySelectorAll('*')),
      `below the first element of ${html}`
    );
  }
});

test('page metadata is read in one walk with the rules of the selectors it replaces', () => {
  const metadata = readPageMetadata(
    doc(`<html><head><title>Headline | Site</title>
      <link rel="Alternate Canonical" href="https://news.example/a?utm_source=x">
      <link rel="canonical" href="https://news.example/second">
      <meta name="Author" content="Not Read">
      <meta name="author" content="Jane Doe">
      <meta name="author" content="John Second">
      <meta property="og:title" content="From OG">
      <script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>
    </head><body><p>Text</p></body></html>`)
  );
  assert.equal(
    metadata.canonicalUrl,
    'https://news.example/a',
    'rel is matched whatever its case, the first link wins'
  );
  assert.deepEqual(metadata.authors, ['Jane Doe'], 'name is matched exactly, the first meta wins');
  assert.equal(metadata.ogTitle, 'From OG');
  assert.equal(metadata.jsonLdHeadline, 'From JSON-LD', 'type is matched whatever its case');
  assert.equal(metadata.documentTitle, 'Headline | Site');
});

test('a page is a whole page when site furniture is in its body', () => {
  const rows: Array<[string, boolean]> = [
    ['<h1>T</h1><p>Text</p>', false],
    ['<h1>T</h1><p>Text</p><script type="application/ld+json">{}</script>', false],
    ['<h1>T</h1><p>Text</p><script>track()</script>', true],
    ['<nav><a href="/">Home</a></nav><h1>T</h1>', true],
    ['<div role="banner">Site</div><h1>T</h1>', true],
    ['<div role="note">aside</div><h1>T</h1>', false],
    ['<h1>T</h1><div><div><form><input></form></div></div>', true],
  ];
  for (const [html, expected] of rows) assert.equal(isWholePage(doc(html)), expected, html);
});
