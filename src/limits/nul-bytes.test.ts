import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nulBytePath } from './nul-bytes';

const cases: [string, unknown, string[] | undefined][] = [
  ['plain text', { title: 'Fine', body: [{ content: [{ text: 'ok' }] }] }, undefined],
  ['numbers and nulls', { readingTime: 3, cover: null }, undefined],
  ['a NUL in a title', { title: 'a\u0000b' }, ['title']],
  ['deep in a block', { body: [{ content: [{ text: '\u0000' }] }] }, ['body', '0', 'content', '0', 'text']],
  ['in a filter', { filters: { title: { $eq: '\u0000' } } }, ['filters', 'title', '$eq']],
  ['in a key', { ['x\u0000']: 1 }, ['x\u0000']],
];

describe('nulBytePath', () => {
  for (const [name, value, path] of cases) it(name, () => assert.deepEqual(nulBytePath(value), path));
});
