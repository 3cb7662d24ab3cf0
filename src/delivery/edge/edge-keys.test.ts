import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerKeys, formatKeys, type AnswerReads } from './edge-keys';

const reads = (documents: Record<string, string[]>, lists: string[] = []): AnswerReads => ({
  documents: new Map(Object.entries(documents).map(([type, ids]) => [type, new Set(ids)])),
  lists: new Set(lists),
});

describe('answerKeys', () => {
  const cases: { name: string; reads: AnswerReads; maxBytes?: number; keys: string[] }[] = [
    { name: 'nothing read', reads: reads({}), keys: [] },
    { name: 'one story', reads: reads({ article: ['a1'] }), keys: ['d:a1'] },
    {
      name: 'a list: its type, then its documents',
      reads: reads({ article: ['a1', 'a2'], author: ['p1'] }, ['article']),
      keys: ['t:article', 'd:a1', 'd:a2', 'd:p1'],
    },
    {
      name: 'documents that do not fit are stood for by their type',
      reads: reads({ author: ['p1'], article: ['a1', 'a2', 'a3'] }, []),
      maxBytes: 12,
      keys: ['t:article', 'd:p1'],
    },
    {
      name: 'a type already keyed needs no second key when its documents do not fit',
      reads: reads({ article: ['a1', 'a2', 'a3'] }, ['article']),
      maxBytes: 14,
      keys: ['t:article'],
    },
  ];
  for (const { name, reads: answer, maxBytes, keys } of cases) {
    it(name, () => assert.deepEqual(answerKeys(answer, maxBytes), keys));
  }
});

describe('formatKeys', () => {
  it('separates by spaces for xkey and Surrogate-Key, by commas for Cache-Tag', () => {
    assert.equal(formatKeys(['t:article', 'd:a1'], 'xkey'), 't:article d:a1');
    assert.equal(formatKeys(['t:article', 'd:a1'], 'Surrogate-Key'), 't:article d:a1');
    assert.equal(formatKeys(['t:article', 'd:a1'], 'Cache-Tag'), 't:article,d:a1');
  });
});
