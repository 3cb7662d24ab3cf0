import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelOf, shortLabel } from './block-labels';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const cases: Array<{ name: string; block: Parameters<typeof labelOf>[0]; label: string | null }> = [
  {
    name: 'a short text block reads whole',
    block: { __component: 'article.text', content: [paragraph('Kim crossed into Russia.')] },
    label: 'Kim crossed into Russia.',
  },
  {
    name: 'a heading and a paragraph run together, cut between words',
    block: {
      __component: 'article.text',
      content: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Growing Military Cooperation' }] },
        paragraph('North Korean leader Kim Jong-un crossed into Russia by armoured train.'),
      ],
    },
    label: 'Growing Military Cooperation North Korean leader Kim Jong-un…',
  },
  {
    name: 'an empty text block has no label',
    block: { __component: 'article.text', content: [paragraph('  ')] },
    label: null,
  },
  {
    name: 'a Read Also block reads its link title',
    block: { __component: 'article.read-also', link: { title: 'Ford’s Layoff Wave Hits Michigan Facility' } },
    label: 'Ford’s Layoff Wave Hits Michigan Facility',
  },
  {
    name: 'a Read Also block without a link has no label',
    block: { __component: 'article.read-also', link: null },
    label: null,
  },
  { name: 'other blocks are left alone', block: { __component: 'article.image' }, label: null },
];

for (const { name, block, label } of cases) {
  test(`labelOf: ${name}`, () => assert.equal(labelOf(block), label));
}

test('shortLabel: one long word is cut inside it', () => {
  assert.equal(shortLabel('x'.repeat(80)), `${'x'.repeat(60)}…`);
});
