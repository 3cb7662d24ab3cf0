import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkedSlugs, relinked, slugInPath } from './post-links';
import type { ParsedStory } from './parsed-story';

describe('slugInPath', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    ['the default path', '/articles/kim-meets-putin', '/articles/:slug', 'kim-meets-putin'],
    ['percent-encoded', '/articles/%EA%B9%80%EC%A0%95%EC%9D%80', '/articles/:slug', '김정은'],
    ['a pattern with a suffix', '/news/kim.html', '/news/:slug.html', 'kim'],
    ['another path', '/authors/kim', '/articles/:slug', undefined],
    ['a deeper path', '/articles/a/b', '/articles/:slug', undefined],
    ['an empty slug', '/articles/', '/articles/:slug', undefined],
    ['bad encoding', '/articles/%E0%A4%A', '/articles/:slug', undefined],
    ['an absolute URL elsewhere', 'https://example.org/articles/x', '/articles/:slug', undefined],
  ];
  for (const [name, url, pattern, slug] of cases) it(name, () => assert.equal(slugInPath(url, pattern), slug));
});

describe('linkedSlugs and relinked', () => {
  const link = (url: string) => ({ type: 'link' as const, url, children: [{ type: 'text' as const, text: 'x' }] });
  const story: ParsedStory = {
    format: 'wxr',
    title: 'T',
    warnings: [],
    blocks: [
      {
        kind: 'text',
        nodes: [{ type: 'paragraph', children: [link('/articles/taken'), link('https://elsewhere.example/')] }],
      },
      {
        kind: 'text',
        nodes: [
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [link('/articles/free')] }] },
        ],
      },
      { kind: 'image', src: '/articles/taken' },
    ],
  };

  it('finds every story path, in lists too, once each', () =>
    assert.deepEqual(linkedSlugs(story, '/articles/:slug'), ['taken', 'free']));

  it('points links to a renamed post at its slug here, and leaves the rest', () => {
    const out = relinked(story, '/articles/:slug', new Map([['taken', 'taken-2']]));
    assert.deepEqual(linkedSlugs(out, '/articles/:slug'), ['taken-2', 'free']);
    assert.match(JSON.stringify(out.blocks), /https:\/\/elsewhere\.example\//);
    assert.deepEqual(linkedSlugs(story, '/articles/:slug'), ['taken', 'free'], 'the input is not changed');
  });

  it('returns the story itself when nothing was renamed', () =>
    assert.equal(relinked(story, '/articles/:slug', new Map()), story));
});
