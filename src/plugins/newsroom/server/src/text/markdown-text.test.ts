import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownText } from './markdown-text';
import { countWords } from './count-words';

const cases: Array<{ name: string; markdown: unknown; text: string; images: number; words?: number }> = [
  { name: 'not a string', markdown: 42, text: '', images: 0 },
  { name: 'blank', markdown: '  \n\n ', text: '', images: 0 },
  {
    name: 'a heading and a paragraph',
    markdown: '## Growing ties\n\nKim met Putin.',
    text: 'Growing ties\n\nKim met Putin.',
    images: 0,
    words: 5,
  },
  {
    name: 'emphasis and links keep their words, not their syntax',
    markdown: 'A **bold** and _quiet_ [link](https://example.com/x).',
    text: 'A bold and quiet link.',
    images: 0,
    words: 5,
  },
  {
    name: 'an image counts as one, its alt text is not body',
    markdown: 'Before\n\n![a tank](/uploads/t.jpg "Tank")\n\nAfter',
    text: 'Before\n\nAfter',
    images: 1,
    words: 2,
  },
  {
    name: 'lists and quotes',
    markdown: '- one\n- two\n\n> three four',
    text: 'one\n\ntwo\n\nthree four',
    images: 0,
    words: 4,
  },
  {
    name: 'a fenced code block is read as text',
    markdown: '```js\nconst a = 1;\n```',
    text: 'const a = 1;',
    images: 0,
    words: 3,
  },
  {
    name: 'inline HTML tags are not words',
    markdown: 'Say <em>hello</em> there<br>friend',
    text: 'Say  hello  there friend',
    images: 0,
    words: 4,
  },
  {
    name: 'an HTML block keeps its text only',
    markdown: '<div class="box">\nBoxed words\n</div>',
    text: 'Boxed words',
    images: 0,
    words: 2,
  },
  {
    name: 'horizontal rules and stray markup are no words',
    markdown: 'One\n\n---\n\n***\n\nTwo',
    text: 'One\n\nTwo',
    images: 0,
    words: 2,
  },
  {
    name: 'Korean counts by words, Chinese by characters',
    markdown: '# 김정은 러시아 방문\n\n北京欢迎你',
    text: '김정은 러시아 방문\n\n北京欢迎你',
    images: 0,
    words: 3,
  },
];

for (const { name, markdown, text, images, words } of cases) {
  test(`markdownText: ${name}`, () => {
    const result = markdownText(markdown);
    assert.deepEqual(result, { text, images });
    if (words !== undefined) assert.equal(countWords(result.text).words, words);
  });
}
