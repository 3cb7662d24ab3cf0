import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, extractTextFromMany } from './extract-text';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const image = (url: string) => ({
  type: 'image',
  image: { url, alternativeText: 'alt is not body text', width: 800, height: 600 },
  children: [text('')],
});

const cyclic: Record<string, unknown> = { type: 'paragraph', children: [] };
(cyclic.children as unknown[]).push(text('loop'), cyclic);

let deep: unknown = text('bottom');
for (let i = 0; i < 10_000; i++) deep = { type: 'list', format: 'unordered', children: [deep] };

const throwing = {
  type: 'paragraph',
  get children(): unknown {
    throw new Error('boom');
  },
};

const cases: Array<{ name: string; blocks: unknown; expected: { text: string; images: number } }> = [
  {
    name: 'paragraph with marks and a link: inline children concatenated as-is',
    blocks: [
      paragraph(
        text('Hi ', { bold: true }),
        { type: 'link', url: 'https://example.com', children: [text('there')] },
        text('!')
      ),
    ],
    expected: { text: 'Hi there!', images: 0 },
  },
  {
    name: 'block-level nodes separated by a blank line',
    blocks: [
      { type: 'heading', level: 2, children: [text('Title')] },
      paragraph(text('First.')),
      { type: 'quote', children: [text('Quoted.')] },
      { type: 'code', language: 'ts', children: [text('const a = 1;\nconst b = 2;')] },
    ],
    expected: { text: 'Title\n\nFirst.\n\nQuoted.\n\nconst a = 1;\nconst b = 2;', images: 0 },
  },
  {
    name: 'list items are separate blocks, nested lists too',
    blocks: [
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('one')] },
          { type: 'list-item', children: [text('two '), { type: 'link', url: '/x', children: [text('link')] }] },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [text('nested')] }],
          },
        ],
      },
    ],
    expected: { text: 'one\n\ntwo link\n\nnested', images: 0 },
  },
  {
    name: 'images counted, their empty text and alt text ignored',
    blocks: [paragraph(text('Before')), image('/a.jpg'), image('/b.jpg'), paragraph(text('After'))],
    expected: { text: 'Before\n\nAfter', images: 2 },
  },
  {
    name: 'empty paragraphs add no blank blocks',
    blocks: [paragraph(text('')), paragraph(text('A')), paragraph(text('   ')), paragraph(), paragraph(text('B'))],
    expected: { text: 'A\n\nB', images: 0 },
  },
  {
    name: 'Korean, Chinese and Japanese text pass through unchanged',
    blocks: [paragraph(text('김정은 러시아 방문')), paragraph(text('北京欢迎你')), paragraph(text('東京タワー'))],
    expected: { text: '김정은 러시아 방문\n\n北京欢迎你\n\n東京タワー', images: 0 },
  },
  {
    name: 'unknown block type still contributes its text',
    blocks: [{ type: 'callout', children: [text('Note')] }, paragraph(text('Body'))],
    expected: { text: 'Note\n\nBody', images: 0 },
  },
  {
    name: 'garbage entries skipped',
    blocks: [
      null,
      42,
      'string',
      [],
      { type: 'paragraph', children: 'nope' },
      { children: [null, { text: 5 }] },
      paragraph(text('ok')),
    ],
    expected: { text: 'ok', images: 0 },
  },
  { name: 'null', blocks: null, expected: { text: '', images: 0 } },
  { name: 'undefined', blocks: undefined, expected: { text: '', images: 0 } },
  { name: 'empty array', blocks: [], expected: { text: '', images: 0 } },
  { name: 'string', blocks: 'just a string', expected: { text: '', images: 0 } },
  {
    name: 'object, not array',
    blocks: { type: 'paragraph', children: [text('x')] },
    expected: { text: '', images: 0 },
  },
  { name: 'number', blocks: 7, expected: { text: '', images: 0 } },
  { name: 'cyclic structure terminates', blocks: [cyclic], expected: { text: 'loop', images: 0 } },
  { name: '10 000 levels deep does not overflow the stack', blocks: [deep], expected: { text: '', images: 0 } },
  {
    name: 'throwing getter does not throw',
    blocks: [paragraph(text('a')), throwing],
    expected: { text: '', images: 0 },
  },
];

for (const { name, blocks, expected } of cases) {
  test(`extractText: ${name}`, () => {
    assert.deepEqual(extractText(blocks), expected);
  });
}

const manyCases: Array<{ name: string; list: unknown; expected: { text: string; images: number } }> = [
  {
    name: 'joins several fields and sums images',
    list: [[paragraph(text('Lead'))], null, [image('/a.jpg')], [paragraph(text('Body')), image('/b.jpg')]],
    expected: { text: 'Lead\n\nBody', images: 2 },
  },
  { name: 'empty list', list: [], expected: { text: '', images: 0 } },
  { name: 'not a list', list: undefined, expected: { text: '', images: 0 } },
];

for (const { name, list, expected } of manyCases) {
  test(`extractTextFromMany: ${name}`, () => {
    assert.deepEqual(extractTextFromMany(list as unknown[]), expected);
  });
}
