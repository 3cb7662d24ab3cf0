import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as text from './index';

// The plugin imports only from the index; a missing re-export would surface there at runtime.
const cases: Array<{ name: keyof typeof text; type: string }> = [
  { name: 'slugify', type: 'function' },
  { name: 'extractText', type: 'function' },
  { name: 'extractTextFromMany', type: 'function' },
  { name: 'countWords', type: 'function' },
  { name: 'readingTime', type: 'function' },
  { name: 'imageSeconds', type: 'function' },
  { name: 'defaultReadingRates', type: 'object' },
  { name: 'excerpt', type: 'function' },
];

for (const { name, type } of cases) {
  test(`index exports ${name}`, () => {
    assert.equal(typeof text[name], type);
  });
}

test('index: the pieces compose on a blocks document', () => {
  const blocks = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Kim Jong-un visits Russia' }] },
    { type: 'paragraph', children: [{ type: 'text', text: '김정은 위원장이 러시아를 방문했다. 金正恩访问俄罗斯。' }] },
    { type: 'image', image: { url: '/a.jpg' }, children: [{ type: 'text', text: '' }] },
  ];
  const { text: body, images } = text.extractText(blocks);
  const counts = text.countWords(body);
  assert.deepEqual(counts, { words: 8, cjkCharacters: 8 });
  assert.equal(images, 1);
  assert.equal(text.readingTime({ ...counts, images }), 1);
  assert.equal(text.slugify('Kim Jong-un visits Russia'), 'kim-jong-un-visits-russia');
  assert.equal(text.excerpt(null, body, 30), 'Kim Jong-un visits Russia 김정은…');
});
