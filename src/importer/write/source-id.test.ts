import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'path';
import { MAX_SOURCE_ID, sourceIdFor } from './source-id';

const root = path.resolve('/srv/archive');
const cases: Array<{ name: string; story: { canonicalUrl?: string }; file: string; id: string | RegExp }> = [
  {
    name: 'a page names itself',
    story: { canonicalUrl: 'https://news.example/a/b' },
    file: '/srv/archive/x.html',
    id: 'https://news.example/a/b',
  },
  {
    name: 'a file inside the root, by its relative path',
    story: {},
    file: '/srv/archive/2023/09/story.txt',
    id: 'file:2023/09/story.txt',
  },
  {
    name: 'the same file named relative to the working directory',
    story: {},
    file: path.relative(process.cwd(), '/srv/archive/2023/09/story.txt'),
    id: 'file:2023/09/story.txt',
  },
  {
    name: 'a file outside the root, by its absolute path',
    story: {},
    file: '/tmp/elsewhere.txt',
    id: `file:${path.resolve('/tmp/elsewhere.txt')}`,
  },
  {
    name: 'decomposed and composed names are one file',
    story: {},
    file: '/srv/archive/cafe\u0301.txt',
    id: 'file:caf\u00e9.txt',
  },
  {
    name: 'an over-long identity keeps its start and a hash',
    story: { canonicalUrl: `https://news.example/${'a'.repeat(400)}` },
    file: 'x',
    id: /^https:\/\/news\.example\/a+#sha256:[0-9a-f]{56}$/,
  },
];

for (const c of cases) {
  test(`sourceIdFor: ${c.name}`, () => {
    const id = sourceIdFor(c.story, c.file, root);
    if (typeof c.id === 'string') assert.equal(id, c.id);
    else assert.match(id, c.id);
    assert.ok(id.length <= MAX_SOURCE_ID);
  });
}

test('sourceIdFor: two long identities that share a start stay apart', () => {
  const a = sourceIdFor({ canonicalUrl: `https://news.example/${'a'.repeat(300)}1` }, 'x', root);
  const b = sourceIdFor({ canonicalUrl: `https://news.example/${'a'.repeat(300)}2` }, 'x', root);
  assert.notEqual(a, b);
});
