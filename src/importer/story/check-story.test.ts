import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStory, LIMITS } from './check-story';
import type { ParsedStory } from './parsed-story';

const story = (over: Partial<ParsedStory>): ParsedStory => ({
  format: 'text',
  title: 'T',
  blocks: [],
  warnings: [],
  ...over,
});
const text = (value: string) => ({
  kind: 'text' as const,
  nodes: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: value }] }],
});

const refused: Array<{ name: string; story: ParsedStory; reason: RegExp }> = [
  { name: 'a blank headline', story: story({ title: '  ' }), reason: /no headline/ },
  {
    name: 'a headline over the limit',
    story: story({ title: 'x'.repeat(LIMITS.title + 1) }),
    reason: /301 characters/,
  },
  {
    name: 'a bio over the limit',
    story: story({ author: { bio: 'b'.repeat(LIMITS.bio + 1) } }),
    reason: /About the author.*2001 characters/,
  },
  {
    name: 'an author name over the limit',
    story: story({ author: { name: 'N'.repeat(LIMITS.authorName + 1) } }),
    reason: /name has 121/,
  },
  {
    name: 'a Read Also title over the limit',
    story: story({ blocks: [{ kind: 'read-also', title: 'r'.repeat(LIMITS.linkTitle + 1) }] }),
    reason: /Read Also/,
  },
];
for (const c of refused) {
  test(`checkStory refuses ${c.name}`, () => {
    assert.throws(
      () => checkStory(c.story),
      (error: Error) => error.name === 'StoryError' && c.reason.test(error.message)
    );
  });
}

test('checkStory counts characters, not UTF-16 units: 300 emoji fit a headline', () => {
  assert.equal(checkStory(story({ title: '🚇'.repeat(LIMITS.title) })).title.length, 600);
});

test('checkStory moves an over-long caption under its picture instead of losing it', () => {
  const caption = 'c'.repeat(LIMITS.caption + 1);
  const checked = checkStory(
    story({ blocks: [text('Before.'), { kind: 'image', src: 'a.jpg', caption, credit: 'AP' }, text('After.')] })
  );
  assert.deepEqual(
    checked.blocks.map((b) => b.kind),
    ['text', 'image', 'text']
  );
  assert.deepEqual(checked.blocks[1], { kind: 'image', src: 'a.jpg', credit: 'AP' });
  assert.deepEqual(checked.blocks[2], { kind: 'text', nodes: [...text(caption).nodes, ...text('After.').nodes] });
  assert.ok(checked.warnings.some((w) => /caption/.test(w)));
});

test('checkStory drops an over-long role with a warning and keeps the author', () => {
  const checked = checkStory(story({ author: { name: 'Jane Doe', jobTitle: 'r'.repeat(LIMITS.jobTitle + 1) } }));
  assert.deepEqual(checked.author, { name: 'Jane Doe' });
  assert.ok(checked.warnings.some((w) => /role/.test(w)));
});

test('checkStory leaves a story within the limits as it is', () => {
  const ok = story({
    title: 'Fine',
    summary: 's',
    author: { name: 'Jane Doe', bio: 'Bio.' },
    blocks: [text('Body.'), { kind: 'read-also', title: 'Other' }],
  });
  assert.deepEqual(checkStory(ok), ok);
});
