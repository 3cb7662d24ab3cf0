import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { renderFeed, type FeedChannel, type FeedStory } from './story-feed';

const channel: FeedChannel = {
  title: 'Newsroom — World',
  description: 'The latest stories in World',
  link: 'https://news.example/sections/world',
  self: {
    rss: 'https://cms.example/feeds/sections/world/rss.xml',
    atom: 'https://cms.example/feeds/sections/world/atom.xml',
    json: 'https://cms.example/feeds/sections/world/feed.json',
  },
  language: 'en',
};
const stories: FeedStory[] = [
  {
    id: 'a1',
    url: 'https://news.example/articles/kim-meets-putin',
    title: 'Kim <meets> Putin & "friends"',
    excerpt: 'North Korean leader Kim Jong-un…',
    html: '<p>North Korean leader <strong>Kim</strong> &amp; Putin.</p>',
    author: 'Jane Reporter',
    published: new Date('2013-01-11T10:00:00Z'),
    updated: new Date('2013-01-12T08:00:00Z'),
    categories: ['World', 'Diplomacy'],
    image: 'https://cms.example/uploads/kim.jpg',
  },
  {
    id: 'a2',
    url: 'https://news.example/articles/서울',
    title: '서울 뉴스',
    html: '<p>한국어 본문</p>',
    published: new Date('2012-12-31T23:00:00Z'),
    updated: new Date('2012-12-31T23:00:00Z'),
    categories: [],
  },
];

describe('renderFeed, read back by an independent parser', () => {
  for (const format of ['rss', 'atom'] as const) {
    it(`${format}: channel, entries, dates, author, full text`, () => {
      const feed = parseFeed(renderFeed(format, channel, stories));
      assert.equal(feed.title, channel.title);
      assert.equal(feed.items.length, 2);
      const [first, second] = feed.items;
      assert.equal(first.title, stories[0].title);
      assert.equal(first.url, stories[0].url);
      assert.equal(first.published?.toISOString(), '2013-01-11T10:00:00.000Z');
      assert.equal(first.authors[0]?.name, 'Jane Reporter');
      // The parser hands content back with its entities decoded.
      assert.match(first.content ?? '', /^<p>North Korean leader <strong>Kim<\/strong> &(amp;)? Putin\.<\/p>$/);
      assert.deepEqual(
        first.categories.map((category) => category.term ?? category.label),
        ['World', 'Diplomacy']
      );
      assert.equal(second.title, '서울 뉴스');
    });
  }

  it('json: JSON Feed 1.1 with the full text as content_html', () => {
    const feed = JSON.parse(renderFeed('json', channel, stories)) as {
      version: string;
      title: string;
      feed_url: string;
      items: {
        id: string;
        url: string;
        title: string;
        content_html: string;
        date_published: string;
        authors?: { name: string }[];
      }[];
    };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, channel.self.json);
    assert.equal(feed.items[0].content_html, stories[0].html);
    assert.equal(feed.items[0].date_published, '2013-01-11T10:00:00.000Z');
    assert.deepEqual(feed.items[0].authors, [{ name: 'Jane Reporter' }]);
    assert.equal(feed.items[1].authors, undefined);
  });

  it('an empty list is still a valid feed', () => {
    for (const format of ['rss', 'atom'] as const)
      assert.equal(parseFeed(renderFeed(format, channel, [])).items.length, 0);
  });
});
