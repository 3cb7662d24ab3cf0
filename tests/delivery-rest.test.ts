import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { HTTPNotFoundError } from '@strapi/client';
import type { Answer, ArticleAnswer, AuthorAnswer, ErrorAnswer, ListMeta, StoryMeta } from './support/answers';
import { apiToken, http, paragraph, publicRest, textBlock, trustedRest, unique, type HttpAnswer } from './support/api';

const SAMPLE_TITLE = 'Kim Jong-un Concludes Week-Long Visit to Russia, Returns to North Korea';

describe('GET /api/articles/slug/:slug', () => {
  let sample: ArticleAnswer;
  let answer: HttpAnswer<Answer<ArticleAnswer, StoryMeta>>;

  before(async () => {
    const list = await publicRest()
      .collection('articles')
      .find({ filters: { title: { $eq: SAMPLE_TITLE } } });
    sample = list.data[0];
    answer = await http<Answer<ArticleAnswer, StoryMeta>>(`/api/articles/slug/${sample.slug}`);
  });

  it('serves the published story with author, cover and body in one request', () => {
    assert.equal(answer.status, 200);
    const story = answer.body.data;
    assert.equal(story.documentId, sample.documentId);
    assert.equal(story.author.name, 'Newsroom Staff');
    assert.ok('cover' in story);
    assert.deepEqual(
      story.body.map((b) => b.__component),
      ['article.text', 'article.read-also', 'article.text', 'article.read-also']
    );
  });

  it('never includes the author email', () => {
    assert.ok(!('email' in answer.body.data.author));
    assert.doesNotMatch(JSON.stringify(answer.body), /@newsroom|"email"/);
  });

  it('resolves every read-also link: url, the target story path, or null while unresolved', async () => {
    const target = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Link Target Story') })
    ).data;
    const internal = (
      await trustedRest().collection('related-links').create({ title: target.title, article: target.documentId })
    ).data;
    const external = (
      await trustedRest().collection('related-links').create({ title: 'Outside', url: 'https://example.org/story' })
    ).data;
    const host = (
      await trustedRest()
        .collection('articles')
        .create({
          title: unique('Links Host'),
          body: [
            textBlock(paragraph('Intro.')),
            { __component: 'article.read-also', link: internal.documentId },
            { __component: 'article.read-also', link: external.documentId },
          ],
        })
    ).data;
    const page = await http<Answer<ArticleAnswer>>(`/api/articles/slug/${host.slug}`);
    const links = page.body.data.body.filter((b) => b.__component === 'article.read-also').map((b) => b.link);
    assert.equal(links[0].href, `/articles/${target.slug}`);
    assert.equal(links[0].title, target.title);
    assert.equal(links[1].href, 'https://example.org/story');
    const sampleLinks = answer.body.data.body.filter((b) => b.__component === 'article.read-also');
    assert.ok(sampleLinks.every((b) => 'href' in b.link));
  });

  it('puts a schema.org NewsArticle in meta.jsonLd', () => {
    const ld = answer.body.meta.jsonLd;
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, SAMPLE_TITLE);
    assert.equal(ld.timeRequired, 'PT2M');
    assert.equal(ld.wordCount, answer.body.data.wordCount);
    assert.ok(ld.wordCount >= 400 && ld.wordCount <= 430);
    assert.ok(!Number.isNaN(Date.parse(ld.datePublished)));
    assert.ok(!Number.isNaN(Date.parse(ld.dateModified)));
    assert.equal(ld.author[0]['@type'], 'Person');
    assert.equal(ld.author[0].name, 'Newsroom Staff');
    assert.match(ld.author[0].url, /\/authors\/newsroom-staff$/);
    assert.equal(ld.description, answer.body.data.excerpt);
    assert.match(ld.mainEntityOfPage['@id'], new RegExp(`/articles/${sample.slug}$`));
    assert.ok(!('image' in ld) || Array.isArray(ld.image));
  });

  it('answers 301 to the current slug for an old one', async () => {
    const story = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Moving Story') })
    ).data;
    const newSlug = `${story.slug}-moved`;
    await http(`/api/articles/${story.documentId}`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { slug: newSlug } },
    });
    const old = await http(`/api/articles/slug/${story.slug}`);
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), `/api/articles/slug/${newSlug}`);
    assert.equal((await http(`/api/articles/slug/${newSlug}`)).status, 200);
  });

  it('answers 404 in Strapi’s error shape for unknown and draft-only slugs', async () => {
    const unknown = await http<ErrorAnswer>('/api/articles/slug/no-such-story-anywhere');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.data, null);
    assert.equal(unknown.body.error.status, 404);
    assert.equal(unknown.body.error.name, 'NotFoundError');

    const draft = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Embargoed') }, { status: 'draft' })
    ).data;
    const hidden = await http(`/api/articles/slug/${draft.slug}`);
    assert.equal(hidden.status, 404);
    const asToken = await http(`/api/articles/slug/${draft.slug}`, { token: apiToken });
    assert.equal(asToken.status, 404, 'the by-slug route is the public page: published only');
  });
});

describe('GET /api/authors/slug/:slug', () => {
  it('gives the author without email, with published stories newest first, paginated', async () => {
    const author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('Prolific Writer'), email: 'prolific@newsroom.test' })
    ).data;
    const titles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const title = unique(`Story ${i}`);
      titles.push(title);
      await trustedRest()
        .collection('articles')
        .create({ title, author: author.documentId, body: [textBlock(paragraph(`Body ${i}.`))] });
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await trustedRest()
      .collection('articles')
      .create({ title: unique('Unpublished'), author: author.documentId }, { status: 'draft' });

    const first = await http<Answer<AuthorAnswer, ListMeta>>(
      `/api/authors/slug/${author.slug}?pagination[page]=1&pagination[pageSize]=2`
    );
    assert.equal(first.status, 200);
    assert.equal(first.body.data.name, author.name);
    assert.ok(!('email' in first.body.data));
    assert.deepEqual(first.body.meta.pagination, { page: 1, pageSize: 2, pageCount: 2, total: 3 });
    assert.deepEqual(
      first.body.data.articles.map((a) => a.title),
      [titles[2], titles[1]]
    );
    for (const story of first.body.data.articles) {
      for (const key of ['title', 'slug', 'excerpt', 'readingTime', 'publishedAt']) assert.ok(key in story, key);
    }
    const second = await http<Answer<AuthorAnswer, ListMeta>>(
      `/api/authors/slug/${author.slug}?pagination[page]=2&pagination[pageSize]=2`
    );
    assert.deepEqual(
      second.body.data.articles.map((a) => a.title),
      [titles[0]]
    );
    assert.doesNotMatch(JSON.stringify(first.body) + JSON.stringify(second.body), /prolific@|Unpublished/);
  });

  it('answers 404 for an unknown author', async () => {
    await assert.rejects(publicRest().fetch('/authors/slug/nobody-here'), HTTPNotFoundError);
  });
});

describe('GET /api/articles', () => {
  it('lists newest first by default', async () => {
    const older = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Older') })
    ).data;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const newer = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Newer') })
    ).data;
    const list = await publicRest()
      .collection('articles')
      .find({ pagination: { pageSize: 5 } });
    const ids = list.data.map((a) => a.documentId);
    assert.ok(ids.indexOf(newer.documentId) < ids.indexOf(older.documentId) || ids.indexOf(older.documentId) === -1);
    assert.equal(ids[0], newer.documentId);
    // By first publication: a republished story keeps its place (and an imported one its original date).
    const dates = list.data.map((a) => Date.parse(a.firstPublishedAt ?? a.publishedAt!));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a)
    );
  });
});
