import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { parseTextStory } from './parse-text';
import type { ParsedStory, StoryBlock } from '../story/parsed-story';

/** Blocks as short strings, so a table row shows the whole story at a glance. */
const outline = (blocks: StoryBlock[]) =>
  blocks.flatMap((block) => {
    if (block.kind === 'read-also') return [`read-also: ${block.title}`];
    if (block.kind === 'image') return [`image: ${block.src}`];
    return block.nodes.map(
      (node) =>
        `${node.type === 'heading' ? 'h' : 'p'}: ${node.children.map((c) => ('text' in c ? c.text : undefined)).join('')}`
    );
  });

const cases: Array<{
  name: string;
  text: string;
  title: string;
  outline: string[];
  author?: ParsedStory['author'];
  warnings?: RegExp[];
}> = [
  {
    name: 'title and paragraphs',
    text: 'A Headline\n\nFirst paragraph.\n\nSecond paragraph.',
    title: 'A Headline',
    outline: ['p: First paragraph.', 'p: Second paragraph.'],
  },
  {
    name: 'Windows line ends, a BOM and hard-wrapped lines',
    text: '\uFEFFA Headline\r\n\r\nOne paragraph that was\r\nwrapped by an old editor.\r\n',
    title: 'A Headline',
    outline: ['p: One paragraph that was wrapped by an old editor.'],
  },
  {
    name: 'a title-case line is a heading, a sentence is not',
    text: 'T\n\nGrowing Military Cooperation\n\nKim met Shoigu on Saturday.\n\nThe end of the week',
    title: 'T',
    outline: ['h: Growing Military Cooperation', 'p: Kim met Shoigu on Saturday.', 'p: The end of the week'],
  },
  {
    name: 'a heading directly above its paragraph',
    text: 'T\n\nWhat Comes Next\nThe talks resume on Monday in Geneva, officials said.',
    title: 'T',
    outline: ['h: What Comes Next', 'p: The talks resume on Monday in Geneva, officials said.'],
  },
  {
    name: 'Read Also lines split the text, with or without blank lines around them',
    text: 'T\n\nOne.\nRead Also: Ford’s Layoff Wave Hits Michigan\nTwo.\n\nREAD MORE: Another Story',
    title: 'T',
    outline: ['p: One.', 'read-also: Ford’s Layoff Wave Hits Michigan', 'p: Two.', 'read-also: Another Story'],
  },
  {
    name: 'a bare "Read Also:" keeps its words as text',
    text: 'T\n\nRead Also:\n\nBody.',
    title: 'T',
    outline: ['p: Read Also:', 'p: Body.'],
    warnings: [/no story title/],
  },
  {
    name: 'byline with a role, then the body on the next line',
    text: 'T\n\nBy Jane Doe, Seoul Correspondent\nThe body starts here.',
    title: 'T',
    outline: ['p: The body starts here.'],
    author: { name: 'Jane Doe', jobTitle: 'Seoul Correspondent' },
  },
  {
    name: 'a sentence starting with "By" is not a byline',
    text: 'T\n\nBy the end of the week, Kim had left.',
    title: 'T',
    outline: ['p: By the end of the week, Kim had left.'],
  },
  {
    name: 'About the author with a name line and two bio paragraphs',
    text: 'T\n\nBody.\n\nAbout the author\n\nJane Doe\n\nJane covers Korea.\n\nShe lives in Seoul.',
    title: 'T',
    outline: ['p: Body.'],
    author: { name: 'Jane Doe', bio: 'Jane covers Korea.\n\nShe lives in Seoul.' },
  },
  {
    name: 'About the author with only a bio, and lorem ipsum reported',
    text: 'T\n\nBody.\n\nAbout the author:\nLorem ipsum dolor sit amet.',
    title: 'T',
    outline: ['p: Body.'],
    author: { bio: 'Lorem ipsum dolor sit amet.' },
    warnings: [/placeholder/],
  },
  {
    name: 'typographic quotes and non-Latin text survive as they are',
    text: '김정은, 러시아 방문 마치고 귀국\n\n“불법적이고 부당한” 군사 협력이라고 말했다.\n\nКим Чен Ын покинул Россию.\n\n金正恩结束访问。',
    title: '김정은, 러시아 방문 마치고 귀국',
    outline: ['p: “불법적이고 부당한” 군사 협력이라고 말했다.', 'p: Ким Чен Ын покинул Россию.', 'p: 金正恩结束访问。'],
  },
  {
    name: 'a short caseless line without closing punctuation is a heading',
    text: 'T\n\n군사 협력 강화\n\n본문입니다.',
    title: 'T',
    outline: ['h: 군사 협력 강화', 'p: 본문입니다.'],
  },
  {
    name: 'title only',
    text: 'Just A Title\n',
    title: 'Just A Title',
    outline: [],
    warnings: [/no body text/],
  },
];

for (const c of cases) {
  test(`parseTextStory: ${c.name}`, () => {
    const story = parseTextStory(c.text);
    assert.equal(story.format, 'text');
    assert.equal(story.title, c.title);
    assert.deepEqual(outline(story.blocks), c.outline);
    if (c.author) assert.deepEqual(story.author, c.author);
    for (const warning of c.warnings ?? [])
      assert.ok(
        story.warnings.some((w) => warning.test(w)),
        `warning ${warning} in ${JSON.stringify(story.warnings)}`
      );
    if (!c.warnings) assert.deepEqual(story.warnings, []);
  });
}

const failures: Array<{ name: string; text: string; reason: RegExp }> = [
  { name: 'empty', text: '', reason: /no text/ },
  { name: 'whitespace only', text: ' \n\n\t\r\n', reason: /no text/ },
  {
    name: 'no title line: the first line is a whole article',
    text: `${'word '.repeat(100)}\n\nMore.`,
    reason: /too long for a headline/,
  },
  { name: 'starts with a Read Also line', text: 'Read Also: Something\n\nBody.', reason: /not a headline/ },
];

for (const c of failures) {
  test(`parseTextStory rejects: ${c.name}`, () => {
    assert.throws(
      () => parseTextStory(c.text),
      (error: Error) => error.name === 'StoryError' && c.reason.test(error.message)
    );
  });
}

test('parseTextStory: the sample story, block by block, as its text says', () => {
  const text = fs.readFileSync(
    path.join(__dirname, '..', '..', '..', 'data', 'sample', 'kim-jong-un-russia-visit.txt'),
    'utf8'
  );
  const chunks = text
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean);
  const about = chunks.indexOf('About the author');
  const expected = chunks.slice(1, about).map((chunk) => {
    const readAlso = /^Read Also: (.+)$/.exec(chunk);
    if (readAlso) return `read-also: ${readAlso[1]}`;
    return `${chunk === 'Growing Military Cooperation' ? 'h' : 'p'}: ${chunk}`;
  });

  const story = parseTextStory(text);
  assert.equal(story.title, chunks[0]);
  assert.deepEqual(outline(story.blocks), expected);
  assert.deepEqual(
    story.blocks.map((b) => b.kind),
    ['text', 'read-also', 'text', 'read-also']
  );
  assert.deepEqual(story.author, { bio: chunks.slice(about + 1).join('\n\n') });
  assert.deepEqual(story.warnings, ['contains placeholder text (lorem ipsum)']);
});
