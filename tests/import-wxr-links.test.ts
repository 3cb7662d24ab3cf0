/**
 * A WordPress export of our own into a CMS that already holds stories: a post whose slug another story
 * here holds gets the usual suffix, and the links other posts make to it (before and after it in the
 * file) lead to it, not to the story that held the slug; a category nested in WordPress arrives as a
 * section under its parent sections. A second import of the same export changes nothing.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { ArticleAnswer } from './support/answers';
import { http, trustedRest, type HttpAnswer } from './support/api';
import { root, runImport, type ImportSummary } from './fixtures/import/run-import';

const id = Date.now().toString(36);
const SITE = `https://links-${id}.example`;
const TAKEN = `taken-${id}`;
const LATER = `later-${id}`;

const item = (postId: number, slug: string, title: string, html: string, category = '') => `
  <item><title>${title}</title><link>${SITE}/2020/01/0${postId}/${slug}/</link>
    <dc:creator><![CDATA[ed]]></dc:creator><guid isPermaLink="false">${SITE}/?p=${postId}</guid>
    <content:encoded><![CDATA[${html}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>${postId}</wp:post_id><wp:post_date_gmt>2020-01-0${postId} 10:00:00</wp:post_date_gmt>
    <wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
    <wp:post_password></wp:post_password>${category}</item>`;

const category = (nicename: string, parent: string, name: string) =>
  `<wp:category><wp:category_nicename>${nicename}</wp:category_nicename><wp:category_parent>${parent}</wp:category_parent><wp:cat_name><![CDATA[${name}]]></wp:cat_name></wp:category>`;

const EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Links</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${SITE}</wp:base_site_url><wp:base_blog_url>${SITE}</wp:base_blog_url>
  <wp:author><wp:author_login>ed</wp:author_login><wp:author_display_name><![CDATA[Ed Itor]]></wp:author_display_name></wp:author>
  ${category(`world-${id}`, '', `World ${id}`)}
  ${category(`asia-${id}`, `world-${id}`, `Asia &amp; Pacific ${id}`)}
  ${category(`korea-${id}`, `asia-${id}`, `Korea ${id}`)}
  ${item(1, `first-${id}`, 'The first post', `<a href="${SITE}/2020/01/02/${TAKEN}/">the taken one</a>, <a href="${SITE}/?p=3">the later one</a>.`)}
  ${item(2, TAKEN, 'The post whose slug is taken here', 'Its own text.', `<category domain="category" nicename="korea-${id}"><![CDATA[Korea ${id}]]></category>`)}
  ${item(3, LATER, 'The later post', `Back to <a href="/2020/01/02/${TAKEN}/">the taken one</a>.`)}
</channel></rss>`;

const hrefs = (story: ArticleAnswer) => [...JSON.stringify(story.body).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);

describe('npm run import: links between posts and nested categories', () => {
  let folder: string;
  let file: string;
  let first: ImportSummary;
  const stored = async (summary: ImportSummary, postId: number) => {
    const result = summary.files.find((r) => r.entry?.startsWith(`post ${postId} `));
    assert.ok(result, `a result for post ${postId}`);
    return (
      await trustedRest()
        .collection('articles')
        .findOne(result.documentId, { populate: { section: true, body: { on: { 'article.text': true } } } })
    ).data as ArticleAnswer;
  };

  before(async () => {
    // A story of this CMS already holds the slug one of the posts asks for.
    await trustedRest().collection('articles').create({ title: 'Already here', slug: TAKEN });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-links-'));
    file = path.join(folder, 'links.xml');
    fs.writeFileSync(file, EXPORT);
    first = (await runImport([file], { cwd: root })).summary;
    assert.equal(first.failed, 0, JSON.stringify(first.reported));
    assert.equal(first.created, 3);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('links to a post that got a suffix lead to it, from before and after it in the file', async () => {
    const taken = await stored(first, 2);
    assert.equal(taken.slug, `${TAKEN}-2`);
    assert.deepEqual(hrefs(await stored(first, 1)), [`/articles/${TAKEN}-2`, `/articles/${LATER}`]);
    assert.deepEqual(hrefs(await stored(first, 3)), [`/articles/${TAKEN}-2`]);
  });

  it('nests a WordPress child category under its parents', async () => {
    const korea = (await stored(first, 2)).section;
    assert.equal(korea?.name, `Korea ${id}`);
    const chain: string[] = [];
    let at: string | undefined = korea?.documentId;
    while (at && chain.length < 5) {
      const section: HttpAnswer<{ data: { name: string; parent?: { documentId: string } | null } }> = await http(
        `/api/sections/${at}?populate=parent`
      );
      assert.equal(section.status, 200);
      chain.push(section.body.data.name);
      at = section.body.data.parent?.documentId;
    }
    assert.deepEqual(chain, [`Korea ${id}`, `Asia & Pacific ${id}`, `World ${id}`]);
  });

  it('changes nothing when the same export is imported again', async () => {
    const again = (await runImport([file], { cwd: root })).summary;
    assert.equal(again.unchanged, 3, JSON.stringify(again.files.map((r) => [r.entry, r.outcome])));
  });
});
