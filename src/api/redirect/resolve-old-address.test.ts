import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { slugAtArticlePath } from './resolve-old-address';

describe('slugAtArticlePath', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['/articles/:slug', '/articles/old-slug', 'old-slug'],
    ['/articles/:slug/', '/articles/old-slug', 'old-slug'],
    ['/news/:slug.html', '/news/old-slug.html', 'old-slug'],
    ['/articles/:slug', '/articles/caf%C3%A9', 'café'],
    ['/articles/:slug', '/2013/01/11/old-slug', undefined],
    ['/articles/:slug', '/articles/a/b', undefined],
    ['/articles/:slug', '/articles?p=1', undefined],
  ];
  for (const [pattern, path, expected] of cases)
    it(`${pattern} ∋ ${path}`, () => assert.equal(slugAtArticlePath(pattern, path), expected));
});
