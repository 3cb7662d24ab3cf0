import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '@rowanmanning/feed-parser';
import { baseUrl, trustedRest, unique } from './support/api';
import { adminWrite } from './support/admin';
import type { ArticleAnswer, AuthorAnswer, TermAnswer } from './support/answers';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { root, runImport } from './fixtures/import/run-import';

const SECTION = 'api::section.section';
const TAG = 'api::tag.tag';
const site = process.env.PUBLIC_URL ?? 'http://localhost:1337';

const text = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    headers: response.headers,
    body: await response.text(),
  };
};

/** The <loc>s of a sitemap or sitemap index. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('feeds and sitemaps', () => {
  let section: TermAnswer;
  let tag: TermAnswer;
  let author: AuthorAnswer;
  let inSection: ArticleAnswer;
  let elsewhere: ArticleAnswer;
  let draft: ArticleAnswer;
  /** a story first published in 2011 on the WordPress site it is imported from */
  let archived: ArticleAnswer;

  before(async () => {
    // A one-post WordPress export of our own: the shared fixtures' slugs belong to the WXR tests.
    const slug = `archived-${Date.now().toString(36)}`;
    const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Archive</title><link>https://archive.example</link><wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://archive.example</wp:base_site_url><wp:base_blog_url>https://archive.example</wp:base_blog_url>
  <wp:author><wp:author_login>ed</wp:author_login><wp:author_display_name><![CDATA[Ed Itor]]></wp:author_display_name></wp:author>
  <item><title>An archived story</title><link>https://archive.example/2011/01/18/${slug}/</link>
    <dc:creator><![CDATA[ed]]></dc:creator><guid isPermaLink="false">https://archive.example/?p=1</guid>
    <content:encoded><![CDATA[Written in 2011.]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>1</wp:post_id><wp:post_date_gmt>2011-01-18 07:40:14</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name>
    <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password></item>
</channel></rss>`;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-feeds-')), 'archive.xml');
    fs.writeFileSync(file, wxr);
    const run = await runImport([file], { cwd: root });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    assert.equal(run.summary.failed, 0, JSON.stringify(run.summary.reported));
    const imported = run.summary.files.find((result) => result.outcome === 'created');
    assert.ok(imported, "the export's post is imported");
    archived = (await trustedRest().collection('articles').findOne(imported.documentId)).data;
    section = await adminWrite<TermAnswer>(SECTION, { name: unique('Feeds World') });
    tag = await adminWrite<TermAnswer>(TAG, { name: unique('Feeds Tag') });
    author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('Feed Writer') })
    ).data;
    const body = [
      {
        __component: 'article.text',
        content: [{ type: 'paragraph', children: [{ type: 'text', text: 'The full text of the <story> & more.' }] }],
      },
    ];
    inSection = (
      await trustedRest()
        .collection('articles')
        .create({
          title: unique('Feed Story in Section'),
          section: section.documentId,
          tags: [tag.documentId],
          author: author.documentId,
          body,
        })
    ).data;
    elsewhere = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Feed Story Elsewhere'), body })
    ).data;
    draft = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Feed Draft'), section: section.documentId }, { status: 'draft' })
    ).data;
  });

  const url = (story: ArticleAnswer) => `${site}/articles/${encodeURIComponent(story.slug)}`;

  for (const file of ['rss.xml', 'atom.xml'] as const) {
    it(`/feeds/${file}: valid, newest first, the full text, no draft`, async () => {
      const answer = await text(`/feeds/${file}`);
      assert.equal(answer.status, 200);
      assert.match(answer.type, file === 'rss.xml' ? /application\/rss\+xml/ : /application\/atom\+xml/);
      const feed = parseFeed(answer.body);
      const links = feed.items.map((item) => item.url);
      assert.ok(feed.items.length <= 50);
      assert.ok(links.indexOf(url(elsewhere)) >= 0 && links.indexOf(url(inSection)) > links.indexOf(url(elsewhere)));
      assert.ok(!links.includes(url(draft)), 'a draft is in no feed');
      const item = feed.items.find((entry) => entry.url === url(inSection));
      assert.equal(item?.title, inSection.title);
      assert.equal(item?.authors[0]?.name, author.name);
      assert.match(item?.content ?? '', /<p>The full text of the (&lt;|<)story(&gt;|>) (&amp;|&) more\.<\/p>/);
      assert.ok(item?.published instanceof Date);
    });
  }

  it('/feeds/feed.json: JSON Feed 1.1', async () => {
    const answer = await text('/feeds/feed.json');
    assert.match(answer.type, /application\/feed\+json/);
    const feed = JSON.parse(answer.body) as { version: string; items: { url: string; content_html: string }[] };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(feed.items.some((item) => item.url === url(inSection) && item.content_html.includes('full text')));
  });

  for (const kind of ['sections', 'tags', 'authors'] as const) {
    it(`/feeds/${kind}/<slug>/…: only that ${kind.slice(0, -1)}'s stories`, async () => {
      const slug = { sections: section.slug, tags: tag.slug, authors: author.slug }[kind];
      const feed = parseFeed((await text(`/feeds/${kind}/${slug}/rss.xml`)).body);
      assert.deepEqual(
        feed.items.map((item) => item.url),
        [url(inSection)]
      );
    });
  }

  it('an unknown feed or owner is a 404', async () => {
    assert.equal((await text('/feeds/podcast.xml')).status, 404);
    assert.equal((await text('/feeds/sections/no-such-section/rss.xml')).status, 404);
    assert.equal((await text('/feeds/planets/mars/rss.xml')).status, 404);
  });

  it('answers with an ETag and 304, like the rest of the public API', async () => {
    const first = await text('/feeds/atom.xml');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${baseUrl}/feeds/atom.xml`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.match(first.headers.get('xkey') ?? '', /\bt:article\b/, 'a feed is a list: purged when any story changes');
  });

  it('/sitemap.xml indexes the story, section, author and news sitemaps; they list public addresses', async () => {
    const index = await text('/sitemap.xml');
    assert.equal(index.status, 200);
    assert.match(index.body, /<sitemapindex/);
    const sitemaps = locs(index.body);
    assert.ok(sitemaps.some((loc) => /\/sitemaps\/stories-1\.xml$/.test(loc)));
    for (const name of ['sections', 'authors', 'news'])
      assert.ok(sitemaps.some((loc) => loc.endsWith(`/sitemaps/${name}.xml`)));

    const stories = await text('/sitemaps/stories-1.xml');
    assert.match(stories.body, /<lastmod>/);
    assert.ok(locs(stories.body).includes(url(inSection)));
    assert.ok(!locs(stories.body).includes(url(draft)));
    assert.ok(locs((await text('/sitemaps/sections.xml')).body).includes(`${site}/sections/${section.slug}`));
    assert.ok(locs((await text('/sitemaps/authors.xml')).body).includes(`${site}/authors/${author.slug}`));
    assert.ok(locs(stories.body).includes(url(archived)), 'an archived story is in the sitemap');
    assert.equal((await text('/sitemaps/stories-99.xml')).status, 404);
  });

  it('/sitemaps/news.xml: Google News entries for the last 48 hours', async () => {
    const news = await text('/sitemaps/news.xml');
    assert.match(news.body, /xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"/);
    const entry = news.body.split('<url>').find((part) => part.includes(`<loc>${url(inSection)}</loc>`));
    assert.ok(entry, 'a story published now is in the news sitemap');
    assert.match(
      entry,
      /<news:publication><news:name>[^<]+<\/news:name><news:language>en<\/news:language><\/news:publication>/
    );
    assert.match(entry, /<news:publication_date>\d{4}-\d\d-\d\dT/);
    assert.ok(entry.includes(`<news:title>${inSection.title}</news:title>`));
    assert.ok(!news.body.includes(draft.slug));
    assert.ok(!locs(news.body).includes(url(archived)), 'a story first published in 2011 is not news');
  });

  it('/robots.txt names the sitemap', async () => {
    const robots = await text('/robots.txt');
    assert.equal(robots.status, 200);
    assert.match(robots.body, /^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
  });
});
