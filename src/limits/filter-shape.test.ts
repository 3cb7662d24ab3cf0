import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misplacedListIn, misplacedOperatorIn } from './filter-shape';

const cases: [string, unknown, string | undefined][] = [
  ['no filters', undefined, undefined],
  ['an attribute', { title: { $eq: 'x' } }, undefined],
  ['$or and $in lists', { $or: [{ title: 'a' }, { slug: { $in: ['b', 'c'] } }] }, undefined],
  ['a relation', { author: { name: { $containsi: 'x' } } }, undefined],
  ['plain values repeated under an attribute', { title: ['a', 'b'] }, undefined],
  ['a list at the root', [{ title: 'x' }], 'filters'],
  ['a list of conditions under a relation', { author: [{ name: 'x' }] }, 'author'],
  ['inside $and', { $and: [{ author: [{ name: 'x' }] }] }, 'author'],
];

describe('misplacedListIn', () => {
  for (const [name, filters, found] of cases) it(name, () => assert.equal(misplacedListIn(filters), found));
});

const operators: [string, unknown, string | undefined][] = [
  ['attributes with operators', { title: { $eq: 'x' }, author: { name: { $null: true } } }, undefined],
  ['logical operators', { $or: [{ title: 'a' }, { $not: { slug: 'b' } }], $and: [{ title: 'c' }] }, undefined],
  ['an operator at the root', { $eq: 0 }, '$eq'],
  ['an operator as a condition of $or', { $or: [{ $in: ['x'] }] }, '$in'],
  ['an unknown operator under $not', { $not: { $foo: 1 } }, '$foo'],
];

describe('misplacedOperatorIn', () => {
  for (const [name, filters, found] of operators) it(name, () => assert.equal(misplacedOperatorIn(filters), found));
});
