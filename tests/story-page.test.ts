/**
 * The reference story page at the public story path, as a crawler or a link unfurler sees it
 * (no JavaScript run): the story's head filled in on the server — canonical link, Open Graph,
 * Twitter card, the NewsArticle JSON-LD with publisher logo and an image — a 404 for an unknown
 * story, and a 301 from a renamed story's old slug.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { adminWrite } from './support/admin';
import type { Answer, ArticleAnswer, TermAnswer } from './support/answers';
import { apiToken, http, paragraph, textBlock, unique } from './support/api';

interface NewsArticle {
  '@type': string;
  headline: string;
  url: string;
  image?: string[];
  articleSection?: string;
  publisher: { name: string; logo?: { '@type': string; url: string } };
}

const tagContent = (html: string, attribute: string, key: string) =>
  new RegExp(`<meta ${attribute}="${key.replace(/[.+]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];
const jsonLdOf = (html: string) => {
  const raw = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(raw, 'the page carries JSON-LD');
  return JSON.parse(raw) as NewsArticle;
};

describe('the story page, rendered for crawlers', () => {
  let story: ArticleAnswer;

  before(async () => {
    const section = await adminWrite<TermAnswer>('api::section.section', { name: unique('Page Section') });
    const created = await http<Answer<ArticleAnswer>>('/api/articles', {
      method: 'POST',
      token: apiToken,
      json: {
        data: {
          title: unique('Story Page <Headline> & "Quotes"'),
          section: section.documentId,
          body: [textBlock(paragraph('The council met on Tuesday and voted to rebuild the bridge.'))],
        },
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    story = created.body.data;
  });

  it('fills in title, canonical link, Open Graph and Twitter tags, escaped', async () => {
    const page = await http<string>(`/articles/${story.slug}`);
    assert.equal(page.status, 200);
    const escapedTitle = story.title
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    assert.ok(page.body.includes(`<title>${escapedTitle}</title>`), 'the story title is the page title');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.body)?.[1];
    assert.match(canonical ?? '', new RegExp(`/articles/${story.slug}$`));
    assert.equal(tagContent(page.body, 'property', 'og:type'), 'article');
    assert.equal(tagContent(page.body, 'property', 'og:title'), escapedTitle);
    assert.equal(tagContent(page.body, 'property', 'og:url'), canonical);
    assert.equal(tagContent(page.body, 'property', 'og:description'), story.excerpt?.replace(/&/g, '&amp;'));
    assert.ok(tagContent(page.body, 'property', 'og:image'), 'an image for link previews');
    assert.equal(tagContent(page.body, 'name', 'twitter:card'), 'summary_large_image');
    assert.ok(tagContent(page.body, 'property', 'article:section')?.startsWith('Page Section'));
  });

  it('carries the JSON-LD Google asks for: publisher logo, an image even without a cover, the section', async () => {
    const ld = jsonLdOf((await http<string>(`/articles/${story.slug}`)).body);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, story.title);
    assert.equal(ld.publisher.logo?.['@type'], 'ImageObject');
    const logo = await fetch(ld.publisher.logo?.url.replace(/^https?:\/\/[^/]+/, process.env.NEWSROOM_URL ?? '') ?? '');
    assert.equal(logo.status, 200, 'the default logo is served');
    assert.match(logo.headers.get('content-type') ?? '', /^image\//);
    assert.equal(ld.image?.length, 1, 'the default story image stands in for a missing cover');
    assert.ok(ld.articleSection?.startsWith('Page Section'));
    // The same facts as the API's answer.
    const api = await http<{ meta: { jsonLd: NewsArticle } }>(`/api/articles/slug/${story.slug}`);
    assert.deepEqual(ld, api.body.meta.jsonLd);
  });

  it('an unknown story is a 404 page that says so, not 200 "Loading"', async () => {
    const page = await http<string>('/articles/no-such-story-anywhere');
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.body, /Story not found/);
    assert.match(page.body, /<meta name="robots" content="noindex"/);
  });

  it('a renamed story’s old address is a 301 to its current page', async () => {
    const renamed = await http<Answer<ArticleAnswer>>(`/api/articles/${story.documentId}`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { slug: `${story.slug}-renamed` } },
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    const old = await http<string>(`/articles/${story.slug}`);
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), `/articles/${story.slug}-renamed`);
  });

  it('a draft has no public page', async () => {
    const draft = await http<Answer<ArticleAnswer>>('/api/articles?status=draft', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: unique('Story Page Draft') } },
    });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    assert.equal((await http(`/articles/${draft.body.data.slug}`)).status, 404);
  });
});
