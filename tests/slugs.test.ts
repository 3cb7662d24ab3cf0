import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from 'graphql-request';
import type { Answer, ErrorAnswer, ListMeta } from './support/answers';
import { apiToken, http, trustedGraphql, trustedRest, unique } from './support/api';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const articles = () => trustedRest().collection('articles');
const countArticles = async () =>
  (await http<Answer<unknown[], ListMeta>>('/api/articles?status=draft&pagination[pageSize]=1', { token: apiToken }))
    .body.meta.pagination.total;

const createArticle = async (data: Record<string, unknown>) => (await articles().create(data)).data;

describe('slugs', () => {
  const transliterated: [string, string, RegExp][] = [
    ['Latin diacritics', 'Crème brûlée à Zürich', /^creme-brulee-a-zurich/],
    ['typographic apostrophe', 'Ford’s Layoff Wave Hits Michigan', /^fords-layoff-wave-hits-michigan/],
    ['Cyrillic', 'Ким Чен Ын вернулся домой', /^kim-chen-yn-vernulsya-domoy/],
    ['Greek', 'Αθήνα καλημέρα', /^athina-kalimera/],
    ['Hangul', '김정은 러시아 방문', /^gimjeongeun-leosia-bangmun/],
    ['Chinese', '金正恩访问俄罗斯', /^jin-zheng-en-fang-wen-e-luo-si/],
    ['Japanese', 'ラーメン 東京', /^ramen-dong-jing/],
  ];
  for (const [name, title, expected] of transliterated) {
    it(`are generated over REST and transliterated: ${name}`, async () => {
      const article = await createArticle({ title: `${title} ${Math.random().toString(36).slice(2, 6)}` });
      assert.match(article.slug, expected);
      assert.match(article.slug, SLUG);
    });
  }

  it('are generated over GraphQL', async () => {
    const title = unique('GraphQL Made Story');
    const result = await trustedGraphql().request<{ createArticle: { documentId: string; slug: string } }>(
      gql`
        mutation ($title: String!) {
          createArticle(data: { title: $title }) {
            documentId
            slug
          }
        }
      `,
      { title }
    );
    assert.match(result.createArticle.slug, /^graphql-made-story-[a-z0-9]+$/);
  });

  it('are generated for authors from the name', async () => {
    const author = (await trustedRest().collection('authors').create({ name: 'Sŏng-min Park' })).data;
    assert.match(author.slug, /^song-min-park(-\d+)?$/);
  });

  it('take -2, -3 when a title repeats', async () => {
    const title = unique('Repeated Headline');
    const first = await createArticle({ title });
    const second = await createArticle({ title });
    const third = await createArticle({ title });
    assert.equal(second.slug, `${first.slug}-2`);
    assert.equal(third.slug, `${first.slug}-3`);
  });

  it('are at most 100 characters, cut at a word boundary', async () => {
    // 300 characters: the longest headline allowed, which must also fit PostgreSQL's column.
    const title = `${'Extraordinary '.repeat(22).slice(0, 290)} ${Math.random().toString(36).slice(2, 11).padEnd(9, 'x')}`;
    assert.equal(title.length, 300);
    const article = await createArticle({ title });
    assert.equal(article.title, title);
    assert.ok(article.slug.length <= 100, article.slug);
    assert.match(article.slug, /^(extraordinary-)+extraordinary$/);
  });

  it('are never empty: an emoji-only title falls back to the type name', async () => {
    const article = await createArticle({ title: '🎉🎉🎉' });
    assert.match(article.slug, /^article-[0-9a-f]{6}$/);
  });

  it('never produce a reserved word', async () => {
    const article = await createArticle({ title: 'API' });
    assert.notEqual(article.slug, 'api');
    assert.match(article.slug, /^api-\d+$/);
    const sitemap = await createArticle({ title: 'Sitemap' });
    assert.match(sitemap.slug, /^sitemap-\d+$/);
  });

  it('normalise an explicit slug', async () => {
    const wanted = unique('My Own Slug');
    const article = await createArticle({ title: 'Whatever', slug: wanted });
    assert.equal(article.slug, wanted.toLowerCase().replace(/ /g, '-'));
  });

  it('refuse an explicit slug another document holds: 400 naming slug, nothing written', async () => {
    const taken = await createArticle({ title: unique('Holder Of The Slug') });
    const before = await countArticles();
    const answer = await http<ErrorAnswer>('/api/articles', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: 'Thief', slug: taken.slug } },
    });
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.name, 'ValidationError');
    assert.deepEqual(answer.body.error.details.errors[0].path, ['slug']);
    assert.equal(await countArticles(), before);

    const update = await http<ErrorAnswer>(
      `/api/articles/${(await createArticle({ title: unique('Other') })).documentId}`,
      {
        method: 'PUT',
        token: apiToken,
        json: { data: { slug: taken.slug } },
      }
    );
    assert.equal(update.status, 400);
    assert.deepEqual(update.body.error.details.errors[0].path, ['slug']);
  });

  it('refuse an explicit reserved slug', async () => {
    const answer = await http<ErrorAnswer>('/api/articles', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: 'Admin page', slug: 'admin' } },
    });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.error.details.errors[0].path, ['slug']);
  });

  it('follow the title while the story is a draft, and stop once it is published', async () => {
    const draft = (await articles().create({ title: unique('First Draft Title') }, { status: 'draft' })).data;
    assert.equal(draft.publishedAt, null);
    const retitled = (
      await articles().update(draft.documentId, { title: 'Second Draft Title Xyz' }, { status: 'draft' })
    ).data;
    assert.match(retitled.slug, /^second-draft-title-xyz(-\d+)?$/);

    await http(`/api/articles/${draft.documentId}?status=published`, {
      method: 'PUT',
      token: apiToken,
      json: { data: {} },
    });
    const afterPublish = (
      await articles().update(draft.documentId, { title: 'Third Title After Publication' }, { status: 'draft' })
    ).data;
    assert.equal(afterPublish.slug, retitled.slug);
  });

  it('keep an explicit slug through later title edits', async () => {
    const article = await createArticle({ title: 'Hand Picked', slug: unique('hand picked slug') });
    const edited = (await articles().update(article.documentId, { title: 'A New Title Entirely' })).data;
    assert.equal(edited.slug, article.slug);
  });
});
