import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Answer, ArticleAnswer, ErrorAnswer, ListMeta, NewsArticleLd, StoryMeta } from './support/answers';
import { apiToken, http, trustedRest } from './support/api';
import { root, runImport, SHARED_FIXTURES, type ImportSummary } from './fixtures/import/run-import';

const WORDPRESS = path.join(SHARED_FIXTURES, 'wordpress');
const fixture = (name: string) => path.join(WORDPRESS, name);
const PNG = path.join(root, 'tests', 'fixtures', 'import', 'pages', 'seoul-subway_files', 'platform.png');

const exportRun = (args: string[]) => runImport(args, { cwd: root });

const byEntry = (summary: ImportSummary, postId: number) => {
  const found = summary.files.find(
    (result) => result.entry?.startsWith(`post ${postId} `) || result.entry === `post ${postId}`
  );
  assert.ok(found, `a result for post ${postId}`);
  return found;
};

const POPULATE = {
  author: true,
  section: true,
  tags: true,
  cover: true,
  body: { on: { 'article.text': true, 'article.read-also': { populate: { link: true } }, 'article.image': true } },
};

const version = async (documentId: string, status: 'draft' | 'published') =>
  (await trustedRest().collection('articles').findOne(documentId, { status, populate: POPULATE })).data;

/** Every story the importer wrote for these results, as stored (draft version: every story has one). */
const storiesOf = (summary: ImportSummary) =>
  Promise.all(summary.files.map((result) => version(result.documentId, 'draft')));

const articleCount = async () =>
  (
    await http<Answer<ArticleAnswer[], ListMeta>>('/api/articles?status=draft&pagination[pageSize]=1', {
      token: apiToken,
    })
  ).body.meta.pagination.total;

const resolve = (oldPath: string) =>
  http<{ data: { to: string; status: number } | null; error?: ErrorAnswer['error'] }>(
    `/api/redirects/resolve?path=${encodeURIComponent(oldPath)}`
  );

const SHORTCODE = /\[\/?(?:caption|wp_caption|gallery|embed|audio|video|wpvideo|playlist|code)\b[^\]]*\]/;

describe('npm run import: a WordPress export (WXR)', () => {
  let dir: string;
  let first: ImportSummary;
  const uploaded: (number | undefined)[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-wxr-'));
    // --publish is asked for, and the export's own statuses must still win.
    const run = await exportRun([fixture('wptest.xml'), '--publish', '--no-fetch-images']);
    assert.equal(run.code, 0, run.stderr);
    first = run.summary;
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    // The pictures were stored in public/uploads; leave the working copy as it was.
    for (const id of new Set(uploaded))
      if (id) await http(`/api/upload/files/${id}`, { method: 'DELETE', token: apiToken });
  });

  it('makes one story per post: published as in WordPress, drafts for the rest, each reported', async () => {
    assert.equal(first.created, 37, 'the 37 posts of the export');
    assert.equal(first.failed, 0);
    const live = await Promise.all(
      first.files.map(async (result) => (await version(result.documentId, 'published').catch(() => null)) !== null)
    );
    assert.equal(live.filter(Boolean).length, 34, 'published posts stay published');
    for (const [postId, reason] of [
      [418, /scheduled in WordPress for 2050-01-01T18:00:18\.000Z: imported as a draft scheduled for then/],
      [922, /a draft in WordPress/],
      [131, /password-protected in WordPress/],
    ] as const) {
      const result = byEntry(first, postId);
      assert.ok(
        result.warnings.some((warning) => reason.test(warning)),
        `${postId}: ${result.warnings.join('; ')}`
      );
      assert.equal(live[first.files.indexOf(result)], false, `post ${postId} is a draft`);
    }
  });

  it('a post scheduled in WordPress is a draft scheduled for its date', async () => {
    const draft = await version(byEntry(first, 418).documentId, 'draft');
    assert.equal(draft.publishAt, '2050-01-01T18:00:18.000Z');
    assert.equal((await version(byEntry(first, 1241).documentId, 'draft')).publishAt, null, 'a published post is not');
  });

  it('counts what is not a post instead of dropping it silently', () => {
    assert.deepEqual(first.skipped, { pages: 15, attachments: 44, 'menu items': 102, comments: 30 });
    assert.ok(first.notices.some((notice) => /not imported as stories: .*15 pages/.test(notice)));
  });

  it('keeps slugs, original dates (API, JSON-LD, list order) and authors by login', async () => {
    const sticky = await version(byEntry(first, 1241).documentId, 'published');
    assert.equal(sticky.slug, 'sticky');
    assert.equal(sticky.firstPublishedAt, '2013-01-07T13:07:21.000Z', 'post_date_gmt, not the day of the import');
    const page = await http<Answer<ArticleAnswer, StoryMeta>>('/api/articles/slug/sticky');
    assert.equal(page.status, 200);
    assert.equal((page.body.meta.jsonLd as NewsArticleLd).datePublished, '2013-01-07T13:07:21.000Z');
    assert.equal(page.body.data.author.name, 'Michael Novotny', 'the display name of the login manovotny');

    const stories = await storiesOf(first);
    const published = first.files.filter((_result, i) => stories[i].slug && byEntry(first, 922) !== first.files[i]);
    for (const result of published) {
      const name = /\((.*)\)$/.exec(result.entry ?? '')?.[1];
      if (name) assert.equal(stories[first.files.indexOf(result)].slug, name, `the slug of ${result.entry}`);
    }
    const authors = new Set(stories.map((story) => story.author.documentId));
    assert.equal(authors.size, 6, 'six logins wrote the posts: one author each, not one per story');

    // Newest first by original date: the 2050 draft is not listed, the 2012 posts come last.
    const ids = first.files.map((result) => result.documentId);
    const list = await http<Answer<ArticleAnswer[], ListMeta>>(
      `/api/articles?${ids.map((id, i) => `filters[documentId][$in][${i}]=${id}`).join('&')}&pagination[pageSize]=100`
    );
    const dates = list.body.data.map((story) => story.firstPublishedAt ?? '');
    assert.equal(dates.length, 34);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(list.body.data[0].slug, 'tiled-gallery', 'the newest post of the export (2013-03-15 22:23) is first');

    // An editor's republish does not move a 2013 story to today.
    const republished = await http<Answer<ArticleAnswer>>(`/api/articles/${sticky.documentId}?status=published`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { summary: 'Republished by an editor.' } },
    });
    assert.equal(republished.status, 200);
    assert.equal((await version(sticky.documentId, 'published')).firstPublishedAt, '2013-01-07T13:07:21.000Z');
  });

  it('makes the first category the section and the other categories and the tags tags', async () => {
    const manyTags = await version(byEntry(first, 167).documentId, 'published');
    assert.equal(manyTags.section ?? null, null, 'Uncategorized is WordPress saying "no category"');
    assert.equal(manyTags.tags?.length, 16);
    const manyCategories = await version(byEntry(first, 168).documentId, 'published');
    assert.equal(manyCategories.section?.name, 'Alignment');
    assert.ok(
      (manyCategories.tags ?? []).some((tag) => tag.name === 'Post Formats'),
      'a second category is a tag'
    );
    const section = await http<Answer<{ articles: ArticleAnswer[] }>>(
      `/api/sections/slug/${manyCategories.section?.slug}?pagination[pageSize]=50`
    );
    assert.equal(section.status, 200);
    assert.ok(section.body.data.articles.some((story) => story.slug === 'many-categories'));
    const excerpt = await version(byEntry(first, 993).documentId, 'published');
    assert.equal(excerpt.summary, 'This is a post excerpt.', 'the excerpt is the standfirst');
  });

  it('leaves no shortcode, block comment or entity in any body, and gives classic text its paragraphs', async () => {
    const stories = await storiesOf(first);
    for (const story of stories) {
      const body = JSON.stringify(story.body);
      assert.doesNotMatch(body, SHORTCODE, story.slug);
      assert.doesNotMatch(body, /<!-- \/?wp:/, story.slug);
      assert.doesNotMatch(`${story.title} ${body}`, /&(?:amp|lt|gt|quot|nbsp|#\d+);/, story.slug);
    }
    const caption = stories[first.files.indexOf(byEntry(first, 903))];
    const images = caption.body.filter((block) => block.__component === 'article.image');
    assert.ok(
      images.some((block) => block.caption?.startsWith('Itty-bitty caption')),
      'a [caption] is an image block with its caption'
    );
    // [gallery ids="1261,1038,…"]: each named attachment is a picture (not fetched here: remote pictures are off).
    const gallery = byEntry(first, 1031).warnings.filter((warning) =>
      /^picture http:\/\/\S+ not fetched/.test(warning)
    );
    assert.equal(gallery.length, 6, byEntry(first, 1031).warnings.join('; '));
    const formatting = stories[first.files.indexOf(byEntry(first, 919))];
    const paragraphs = formatting.body.flatMap((block) => block.content ?? []).filter((n) => n.type === 'paragraph');
    assert.ok(paragraphs.length > 5, 'blank lines became paragraphs (wpautop)');
    const paginated = stories[first.files.indexOf(byEntry(first, 188))];
    assert.deepEqual(
      paginated.body[0].content.map((node) => `${node.type}: ${(node.children ?? []).map((c) => c.text).join('')}`),
      ['paragraph: Post Page 1', 'paragraph: Post Page 2', 'paragraph: Post Page 3'],
      'classic text without <p>: one paragraph per blank line, as WordPress shows it'
    );
  });

  it('answers old addresses with 301 to the story: permalinks and ?p=', async () => {
    for (const oldPath of ['/demo/sticky/', '/sticky/', '/demo/?p=1241', '/?p=1241', 'http://wptest.io/demo/sticky/']) {
      const answer = await resolve(oldPath);
      assert.equal(answer.status, 301, oldPath);
      assert.equal(answer.headers.get('location'), '/articles/sticky');
      assert.deepEqual(answer.body.data, { to: '/articles/sticky', status: 301 });
    }
    const unknown = await resolve('/2013/01/11/never-was/');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error?.name, 'NotFoundError');
    assert.equal((await resolve('/?p=922')).status, 404, 'a draft is not given away');
    assert.equal((await http('/api/redirects/resolve')).status, 400);
  });

  it('answers a renamed story’s old slug there too', async () => {
    const sticky = byEntry(first, 1016).documentId;
    const renamed = await http<Answer<ArticleAnswer>>(`/api/articles/${sticky}?status=published`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { slug: 'featured-image-vertical-renamed' } },
    });
    assert.equal(renamed.status, 200);
    const answer = await resolve('/articles/featured-image-vertical');
    assert.equal(answer.status, 301);
    assert.equal(answer.headers.get('location'), '/articles/featured-image-vertical-renamed');
    assert.equal(
      (await resolve('/demo/featured-image-vertical/')).headers.get('location'),
      '/articles/featured-image-vertical-renamed'
    );
  });

  it('creates nothing on a second import of the same export; a newer export updates what changed', async () => {
    const again = await exportRun([fixture('wptest.xml'), '--no-fetch-images']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.summary.created, 0);
    assert.equal(again.summary.unchanged + again.summary.updated, 37);
    // The editor's two changes above (standfirst, slug) are the editor's; the export did not change.
    assert.ok(again.summary.updated <= 1, `updated: ${again.summary.updated}`);

    const newer = path.join(dir, 'wptest-newer.xml');
    fs.writeFileSync(
      newer,
      fs
        .readFileSync(fixture('wptest.xml'), 'utf8')
        .replace('<title>Markup And Formatting</title>', '<title>Markup And Formatting, Revised</title>')
    );
    const third = await exportRun([newer, '--no-fetch-images']);
    assert.equal(third.summary.created, 0);
    assert.equal(byEntry(third.summary, 919).outcome, 'updated');
    assert.equal(
      (await version(byEntry(third.summary, 919).documentId, 'published')).title,
      'Markup And Formatting, Revised'
    );
  });

  it('reads the importer edge cases: WXR 1.0 and 1.1, right-to-left and emoji, nested CDATA', async () => {
    const run = await exportRun(
      ['valid-wxr-1.0.xml', 'small-export.xml', 'wxr-utf-8-challenges.xml', 'crazy-cdata.xml']
        .map(fixture)
        .concat('--no-fetch-images')
    );
    assert.equal(run.summary.failed, 0, JSON.stringify(run.summary.reported));
    const titles = await Promise.all(
      run.summary.files.map(async (result) => (await version(result.documentId, 'draft')).title)
    );
    assert.ok(titles.includes('Alpha post'));
    assert.ok(
      titles.some((title) => title.includes('Not') && title.includes('🌲')),
      titles.join(' | ')
    );
    const cdata = run.summary.files.find((result) => result.file.endsWith('crazy-cdata.xml'));
    const body = JSON.stringify((await version(cdata!.documentId, 'published')).body);
    assert.match(body, /Content with nested/);
  });

  it('turns block-editor content into blocks, links between posts into new addresses, the featured image into the cover', async () => {
    fs.copyFileSync(PNG, path.join(dir, 'photo.png'));
    const item = (id: number, name: string, content: string, extra = '') => `
    <item><title>${name.replace(/-/g, ' ')} wxr test</title><link>https://blocks.example/2024/02/01/${name}/</link>
      <dc:creator><![CDATA[ed]]></dc:creator><guid isPermaLink="false">https://blocks.example/?p=${id}</guid>
      <content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
      <wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-02-01 10:00:00</wp:post_date_gmt><wp:post_name>${name}</wp:post_name>
      <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>${extra}</item>`;
    const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="https://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="https://wordpress.org/export/1.2/">
<channel><title>Blocks</title><link>https://blocks.example</link><wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://blocks.example</wp:base_site_url><wp:base_blog_url>https://blocks.example</wp:base_blog_url>
  <wp:author><wp:author_login>ed</wp:author_login><wp:author_display_name><![CDATA[Ed Itor]]></wp:author_display_name></wp:author>
  ${item(
    1,
    'block-post',
    `<!-- wp:paragraph --><p>See <a href="https://blocks.example/2024/02/01/linked-post/">the other post</a> &amp; more.</p><!-- /wp:paragraph -->
<!-- wp:heading --><h2 class="wp-block-heading">A heading</h2><!-- /wp:heading -->
<!-- wp:list --><ul><!-- wp:list-item --><li>One</li><!-- /wp:list-item --><!-- wp:list-item --><li>Two</li><!-- /wp:list-item --></ul><!-- /wp:list -->
<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Quoted.</p><!-- /wp:paragraph --></blockquote><!-- /wp:quote -->
<!-- wp:image {"id":9} --><figure class="wp-block-image"><img src="photo.png" alt="A platform"/><figcaption>The caption.</figcaption></figure><!-- /wp:image -->
<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc","type":"video","providerNameSlug":"youtube"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=abc
</div></figure><!-- /wp:embed -->
<!-- wp:latest-posts /-->`,
    '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[9]]></wp:meta_value></wp:postmeta>'
  )}
  ${item(2, 'linked-post', 'Linked.\n\nSecond paragraph.')}
  <item><title>photo</title><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
    <wp:post_parent>1</wp:post_parent><wp:attachment_url>photo.png</wp:attachment_url></item>
</channel></rss>`;
    const file = path.join(dir, 'blocks.xml');
    fs.writeFileSync(file, wxr);
    const run = await exportRun([file]);
    assert.equal(run.summary.failed, 0, JSON.stringify(run.summary.reported));
    const blockPost = run.summary.files.find((result) => result.entry?.startsWith('post 1 '))!;
    const story = await version(blockPost.documentId, 'published');
    uploaded.push(story.cover?.id, story.body[1]?.image?.id);
    assert.deepEqual(
      story.body.map((block) => block.__component),
      ['article.text', 'article.image', 'article.text']
    );
    const nodes = story.body[0].content;
    assert.deepEqual(
      nodes.map((node) => node.type),
      ['paragraph', 'heading', 'list', 'quote']
    );
    const link = nodes[0].children?.find((child) => child.type === 'link');
    assert.equal(link?.url, '/articles/linked-post', 'a link to another post of the export leads to its new story');
    assert.match(JSON.stringify(nodes[0]), / & more\./);
    assert.equal(story.body[1].caption, 'The caption.');
    assert.ok(story.cover?.url, 'the featured image is the cover');
    assert.ok(
      blockPost.warnings.some((warning) => /embedded embed \(youtube\)/.test(warning)),
      blockPost.warnings.join('; ')
    );
    assert.ok(blockPost.warnings.some((warning) => /latest-posts/.test(warning)));
    assert.doesNotMatch(JSON.stringify(story.body), /wp:|latest-posts/);
    assert.equal(story.author.name, 'Ed Itor');
    const linked = await version(
      run.summary.files.find((result) => result.entry?.startsWith('post 2 '))!.documentId,
      'published'
    );
    assert.equal(linked.body[0].content.length, 2, 'two paragraphs from a blank line');
    assert.equal((await resolve('/2024/02/01/block-post/')).headers.get('location'), `/articles/${story.slug}`);
  });

  it('refuses a file that is not well-formed, and XML or JSON that is no export, writing nothing', async () => {
    const feed = path.join(dir, 'feed.xml');
    fs.writeFileSync(
      feed,
      '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>A</title></item></channel></rss>'
    );
    const config = path.join(dir, 'settings.json');
    fs.writeFileSync(config, JSON.stringify({ name: 'site', port: 8080 }));
    const before = await articleCount();
    const run = await exportRun([fixture('malformed.xml'), feed, config]);
    assert.equal(run.code, 1);
    assert.equal(run.summary.failed, 3);
    assert.equal(run.summary.created, 0);
    const reason = (file: string) => run.summary.files.find((result) => result.file === file)?.reason ?? '';
    assert.match(reason(fixture('malformed.xml')), /not well-formed XML \(\d+:\d+: .*\); nothing was imported/);
    assert.match(reason(feed), /an RSS feed, not a story, a WordPress export/);
    assert.match(reason(config), /JSON file that is not a Ghost export/);
    assert.equal(await articleCount(), before, 'nothing was written');
  });
});
