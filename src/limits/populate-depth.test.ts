import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { populateDepth } from './populate-depth';

const cases: [string, unknown, number][] = [
  ['nothing', undefined, 0],
  ['an empty string', '', 0],
  ['star', '*', 1],
  ['one field', 'author', 1],
  ['a comma list', 'author,cover', 1],
  ['a dotted path', 'author.avatar', 2],
  ['the deepest of a comma list', 'cover,author.articles.section', 3],
  ['an array', ['author', 'body.link.article'], 3],
  ['an object of booleans', { author: true, cover: true }, 1],
  ['nested populate', { author: { populate: { articles: { populate: ['section'] } } } }, 3],
  ['fields and filters are no levels', { author: { fields: ['name'], filters: { name: 'x' } } }, 1],
  [
    'a dynamic zone’s components are no level of their own',
    { body: { on: { 'article.read-also': { populate: { link: { populate: 'article' } } } } } },
    3,
  ],
  [
    'six levels',
    { a: { populate: { b: { populate: { c: { populate: { d: { populate: { e: { populate: 'f' } } } } } } } } } },
    6,
  ],
  ['a number where a name goes', 5, 1],
];

describe('populateDepth', () => {
  for (const [name, populate, depth] of cases) {
    it(name, () => assert.equal(populateDepth(populate), depth));
  }
});
