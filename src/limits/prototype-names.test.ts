import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prototypeFieldIn, prototypeKeyIn } from './prototype-names';

const cases: [string, unknown, string | undefined][] = [
  ['no fields', { sort: 'title' }, undefined],
  ['real fields', { fields: ['title', 'slug'] }, undefined],
  ['a comma list of real fields', { fields: 'title,slug' }, undefined],
  ['constructor', { fields: ['constructor'] }, 'constructor'],
  ['a string', { fields: 'title,toString' }, 'toString'],
  ['__proto__', { fields: { 0: '__proto__' } }, '__proto__'],
  ['inside populate', { populate: { author: { fields: ['hasOwnProperty'] } } }, 'hasOwnProperty'],
  ['a field merely called like one elsewhere', { filters: { constructor: 'x' } }, undefined],
];

describe('prototypeFieldIn', () => {
  for (const [name, query, found] of cases) it(name, () => assert.equal(prototypeFieldIn(query), found));
});

const bodies: [string, unknown, string | undefined][] = [
  ['plain data', { data: { title: 'x', body: [{ __component: 'article.text' }] } }, undefined],
  ['constructor', { data: { constructor: {} } }, 'constructor'],
  ['__proto__ as JSON.parse keeps it', JSON.parse('{"data":{"__proto__":{"x":1}}}'), '__proto__'],
  ['deep inside a component', { data: { body: [{ content: [{ toString: 1 }] }] } }, 'toString'],
  ['a value merely spelled so', { data: { title: 'constructor' } }, undefined],
];

describe('prototypeKeyIn', () => {
  for (const [name, body, found] of bodies) it(name, () => assert.equal(prototypeKeyIn(body), found));
});
