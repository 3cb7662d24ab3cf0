import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_LENGTH, parseSearchQuery, type SearchQuery } from './search-query';

describe('search query', () => {
  const tokens = (...list: string[]): SearchQuery => ({ ok: true, tokens: list });
  const cases: [string, unknown, SearchQuery | 'refused'][] = [
    ['words', 'Kim Putin', tokens('kim', 'putin')],
    [
      'quotes and FTS operators are no syntax',
      '"kim" AND NOT (putin OR x*) NEAR/3 -y',
      tokens('kim', 'and', 'not', 'putin', 'or', 'x', 'near', '3', 'y'),
    ],
    ['tsquery operators', "kim & !putin | 'x':* <-> y", tokens('kim', 'putin', 'x', 'y')],
    ['column filters of FTS5', 'title:kim {body}: ^x', tokens('title', 'kim', 'body', 'x')],
    ['only punctuation finds nothing, without error', '*** "" ()', tokens()],
    ['NUL', 'kim\0putin', tokens('kim', 'putin')],
    ['a lone surrogate', 'kim\uD800putin \uDC00', tokens('kim', 'putin')],
    ['repeated words once', 'kim KIM Kim', tokens('kim')],
    ['Chinese as bigrams', '北京大学', tokens('北京', '京大', '大学')],
    ['empty', '', 'refused'],
    ['blank', '   ', 'refused'],
    ['missing', undefined, 'refused'],
    ['given twice', ['a', 'b'], 'refused'],
    ['an object', { $ne: 1 }, 'refused'],
    ['too long', 'word '.repeat(2000), 'refused'],
  ];
  for (const [name, raw, expected] of cases) {
    it(name, () => {
      const parsed = parseSearchQuery(raw);
      if (expected === 'refused') assert.equal(parsed.ok, false);
      else assert.deepEqual(parsed, expected);
    });
  }

  it('keeps at most 32 tokens', () => {
    const parsed = parseSearchQuery(Array.from({ length: 60 }, (_, i) => `w${i}`).join(' '));
    assert.ok(parsed.ok && parsed.tokens.length === 32);
  });

  it('accepts a query of the longest length', () => {
    assert.equal(parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH)).ok, true);
  });
});
