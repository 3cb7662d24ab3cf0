import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withParentSections, wxrDate } from './wxr-story';
import { oldPathsOf } from './wxr-index';
import { emptyChannel, type WxrItem } from './wxr-stream';

describe('wxrDate', () => {
  const cases: Array<[string, Partial<WxrItem>, string | undefined]> = [
    ['the GMT date', { dateGmt: '2013-01-07 13:07:21', date: '2013-01-07 08:07:21' }, '2013-01-07T13:07:21.000Z'],
    [
      'site time when GMT is zeroed',
      { dateGmt: '0000-00-00 00:00:00', date: '2013-01-07 08:07:21' },
      '2013-01-07T08:07:21.000Z',
    ],
    ['the RSS date when both are missing', { pubDate: 'Mon, 07 Jan 2013 13:07:21 +0000' }, '2013-01-07T13:07:21.000Z'],
    [
      'none for a draft that never had one',
      { dateGmt: '0000-00-00 00:00:00', date: '0000-00-00 00:00:00', pubDate: 'Thu, 01 Jan 1970 00:00:00 +0000' },
      undefined,
    ],
  ];
  for (const [name, item, expected] of cases)
    it(name, () => assert.equal(wxrDate({ dateGmt: '', date: '', pubDate: '', ...item }), expected));
});

describe('oldPathsOf', () => {
  const channel = { ...emptyChannel(), baseBlogUrl: 'http://wptest.io/demo', link: 'http://wptest.io/demo' };
  const item = (fields: Partial<WxrItem>) => ({ link: '', guid: '', postId: '', ...fields }) as WxrItem;
  const cases: Array<[string, Partial<WxrItem>, string[]]> = [
    [
      'a permalink and ?p=, with and without the blog’s folder',
      { link: 'http://wptest.io/demo/2013/01/11/sticky/', postId: '1241', guid: 'http://wptest.io/demo/?p=1241' },
      ['/demo/2013/01/11/sticky', '/2013/01/11/sticky', '/demo?p=1241', '/?p=1241'],
    ],
    ['a draft’s only address', { link: 'http://wptest.io/demo/?p=922', postId: '922' }, ['/demo?p=922', '/?p=922']],
    [
      'a guid on another host is only an id',
      { postId: '5', guid: 'http://old-host.example/?p=5' },
      ['/demo?p=5', '/?p=5'],
    ],
  ];
  for (const [name, fields, expected] of cases)
    it(name, () => assert.deepEqual(oldPathsOf(item(fields), channel), expected));
});

describe('withParentSections', () => {
  const categories = new Map([
    ['world', { name: 'World', parent: '' }],
    ['asia', { name: 'Asia &amp; Pacific', parent: 'world' }],
    ['korea', { name: 'Korea', parent: 'asia' }],
    ['loop-a', { name: 'A', parent: 'loop-b' }],
    ['loop-b', { name: 'B', parent: 'loop-a' }],
    ['orphan', { name: 'Orphan', parent: 'gone' }],
  ]);
  const cases: Array<[string, string, unknown]> = [
    ['a top-level category has no parent', 'world', { name: 'x', slug: 'world' }],
    [
      'a grandchild carries its parent and grandparent, names decoded',
      'korea',
      {
        name: 'x',
        slug: 'korea',
        parent: { name: 'Asia & Pacific', slug: 'asia', parent: { name: 'World', slug: 'world' } },
      },
    ],
    ['a loop stops', 'loop-a', { name: 'x', slug: 'loop-a', parent: { name: 'B', slug: 'loop-b' } }],
    [
      'a parent missing from the list is named by its slug',
      'orphan',
      { name: 'x', slug: 'orphan', parent: { name: 'gone', slug: 'gone' } },
    ],
    ['an unlisted category stays as it is', 'elsewhere', { name: 'x', slug: 'elsewhere' }],
  ];
  for (const [name, slug, expected] of cases)
    it(name, () => assert.deepEqual(withParentSections({ name: 'x', slug }, categories), expected));
});
