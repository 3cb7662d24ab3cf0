import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { operationLimits } from './operation-limits';

const schema = buildSchema(`
  type Story { title: String, slug: String, author: Author }
  type Author { name: String, stories: [Story] }
  type Query { stories: [Story], authors: [Author] }
`);
const rule = operationLimits({ maxRootFields: 3, maxFields: 12 });
const errorsOf = (query: string) => validate(schema, parse(query), [rule]).map((error) => error.message);

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: stories { title }`).join(' ')} }`;

const cases: [string, string, RegExp | undefined][] = [
  ['a small query', '{ stories { title slug author { name } } }', undefined],
  ['three aliased root fields', aliases(3), undefined],
  ['four aliased root fields', aliases(4), /4 root fields; at most 3/],
  [
    'root fields inside a fragment count as root fields',
    '{ ...F stories { title } } fragment F on Query { a: stories { title } b: stories { title } c: stories { title } }',
    /4 root fields/,
  ],
  [
    'thirteen fields',
    '{ stories { title slug author { name stories { title slug author { name stories { title slug } } } } } }',
    /13 fields; at most 12/,
  ],
  [
    'a fragment counts each time it is spread',
    'query Q { stories { ...S ...S ...S } } fragment S on Story { title slug author { name } }',
    /Q asks for 13 fields/,
  ],
  [
    'a cyclic fragment is no hang',
    'query { stories { ...A } } fragment A on Story { author { stories { ...A } } }',
    undefined,
  ],
];

describe('operationLimits', () => {
  for (const [name, query, expected] of cases)
    it(name, () => {
      const messages = errorsOf(query);
      if (expected)
        assert.ok(
          messages.some((message) => expected.test(message)),
          messages.join('; ')
        );
      else assert.deepEqual(messages, []);
    });
});
