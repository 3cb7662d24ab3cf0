import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeOldPath } from './old-path';

describe('normalizeOldPath', () => {
  const cases: Array<[string, string | undefined]> = [
    ['/2013/01/11/old-slug/', '/2013/01/11/old-slug'],
    ['http://wptest.io/demo/2013/01/11/old-slug/', '/demo/2013/01/11/old-slug'],
    ['https://www.example.org/old-slug', '/old-slug'],
    ['http://wptest.io/demo/?p=1241', '/demo?p=1241'],
    ['/?p=1241&utm_source=x', '/?p=1241'],
    ['/?utm_source=x', '/'],
    ['/?page_id=2&p=5', '/?p=5&page_id=2'],
    ['/caf%C3%A9/', '/caf%C3%A9'],
    ['/café/', '/caf%C3%A9'],
    ['/a%2/', '/a%252'],
    ['/welcome/#comments', '/welcome'],
    ['', undefined],
    ['mailto:x@example.org', undefined],
    [`/${'a'.repeat(1200)}`, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input.slice(0, 60))} → ${String(expected)}`, () =>
      assert.equal(normalizeOldPath(input), expected));
  }
});
