import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument, type Attributes, type ReadPlan } from './read-document';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const article: Attributes = {
  title: { type: 'string' },
  intro: { type: 'text' },
  notes: { type: 'richtext' },
  body: {
    type: 'dynamiczone',
    components: ['article.text', 'article.markdown', 'article.image', 'article.read-also', 'article.box'],
  },
  sidebar: { type: 'component', component: 'article.box', repeatable: true },
  content: { type: 'blocks' },
};
const components: Record<string, Attributes> = {
  'article.text': { content: { type: 'blocks' } },
  'article.markdown': { markdown: { type: 'richtext' }, label: { type: 'string' } },
  'article.image': { image: { type: 'media' }, caption: { type: 'string' } },
  'article.read-also': { link: { type: 'relation' } },
  'article.box': { heading: { type: 'string' }, inner: { type: 'component', component: 'article.markdown' } },
  'loop.self': { again: { type: 'component', component: 'loop.self' }, words: { type: 'richtext' } },
};
const lookup = (uid: string) => components[uid];

const cases: Array<{
  name: string;
  data: Record<string, unknown>;
  plan: ReadPlan;
  attributes?: Attributes;
  text: string;
  images: number;
}> = [
  {
    name: 'a blocks field',
    data: { content: [paragraph('One two')] },
    plan: { fields: ['content'] },
    text: 'One two',
    images: 0,
  },
  {
    name: 'Markdown is read as text, not syntax',
    data: { notes: '## Hi\n\n**bold** words' },
    plan: { fields: ['notes'] },
    text: 'Hi\n\nbold words',
    images: 0,
  },
  {
    name: 'plain text and string fields, in plan order',
    data: { title: 'Head', intro: ' Intro text ' },
    plan: { fields: ['intro', 'title'] },
    text: 'Intro text\n\nHead',
    images: 0,
  },
  {
    name: 'a dynamic zone mixing blocks, Markdown, images and links',
    data: {
      body: [
        { __component: 'article.text', content: [paragraph('Blocks here')] },
        { __component: 'article.read-also', link: { title: 'Not body' } },
        { __component: 'article.image', caption: 'Not body either' },
        { __component: 'article.markdown', markdown: 'Markdown *here* ![x](/x.png)', label: 'a label' },
      ],
    },
    plan: { fields: ['body'], imageComponents: ['article.image'] },
    text: 'Blocks here\n\nMarkdown here',
    images: 2,
  },
  {
    name: 'a component string is read when the plan lists it',
    data: { body: [{ __component: 'article.markdown', markdown: 'Body', label: 'Label' }] },
    plan: { fields: ['body'], components: { 'article.markdown': ['label', 'markdown'] } },
    text: 'Label\n\nBody',
    images: 0,
  },
  {
    name: 'a repeatable component with a nested component',
    data: { sidebar: [{ heading: 'skipped', inner: { markdown: 'Inner one' } }, { inner: { markdown: 'Inner two' } }] },
    plan: { fields: ['sidebar'] },
    text: 'Inner one\n\nInner two',
    images: 0,
  },
  {
    name: 'a dynamic-zone entry of a component the zone does not allow is ignored',
    data: { body: [{ __component: 'evil.component', markdown: 'Injected' }] },
    plan: { fields: ['body'] },
    text: '',
    images: 0,
  },
  {
    name: 'wrong value types are skipped',
    data: { intro: 42, notes: { a: 1 }, body: 'x', sidebar: 7 },
    plan: { fields: ['intro', 'notes', 'body', 'sidebar'] },
    text: '',
    images: 0,
  },
  {
    name: 'an unlisted field is not read',
    data: { title: 'T', intro: 'I' },
    plan: { fields: ['intro'] },
    text: 'I',
    images: 0,
  },
];

for (const { name, data, plan, attributes, text, images } of cases) {
  test(`readDocument: ${name}`, () => {
    assert.deepEqual(readDocument(data, attributes ?? article, lookup, plan), { text, images });
  });
}

test('readDocument: a self-nesting component stops at a depth limit', () => {
  let value: Record<string, unknown> = { words: 'bottom' };
  for (let i = 0; i < 1000; i++) value = { again: value, words: 'w' };
  const result = readDocument({ box: value }, { box: { type: 'component', component: 'loop.self' } }, lookup, {
    fields: ['box'],
  });
  assert.ok(result.text.split('\n\n').length <= 18, `read ${result.text.split('\n\n').length} levels`);
});
