import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from 'graphql-request';
import type { ViewConfiguration } from './support/answers';
import { adminJwt, http, paragraph, heading, textBlock, trustedGraphql, trustedRest, unique } from './support/api';

const articles = () => trustedRest().collection('articles');
const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('reading time, word count and excerpt', () => {
  it('are computed on create from the text blocks, headings included, read-also excluded', async () => {
    const link = (
      await trustedRest()
        .collection('related-links')
        .create({ title: words(20, 'link') })
    ).data;
    const article = (
      await articles().create({
        title: unique('Counted'),
        body: [
          textBlock(heading('Three Word Heading'), paragraph(words(227))),
          { __component: 'article.read-also', link: link.documentId },
          { __component: 'article.image', caption: words(40, 'caption') },
        ],
      })
    ).data;
    assert.equal(article.wordCount, 230);
    // 230 words = 60 s, one image = 12 s → 72 s → 1 minute.
    assert.equal(article.readingTime, 1);
    assert.ok(article.excerpt.startsWith('Three Word Heading word0 word1'));
    assert.ok(article.excerpt.endsWith('…'));
    assert.ok(article.excerpt.length <= 201);
  });

  it('weigh images: 12 s for the first, one less each next, at least 3 s', async () => {
    const images = Array.from({ length: 10 }, () => ({ __component: 'article.image', caption: 'x' }));
    const article = (
      await articles().create({ title: unique('Pictures'), body: [textBlock(paragraph(words(460))), ...images] })
    ).data;
    // 460 words = 120 s; images 12+11+…+3 = 75 s → 195 s → 3 minutes (2 without them).
    assert.equal(article.readingTime, 3);
  });

  it('count Korean by words and Chinese and Japanese by characters', async () => {
    const korean = (
      await articles().create({
        title: unique('Korean'),
        body: [textBlock(paragraph('김정은 위원장이 러시아 방문을 마치고 귀국했다'))],
      })
    ).data;
    assert.equal(korean.wordCount, 6);
    const chinese = (
      await articles().create({ title: unique('Chinese'), body: [textBlock(paragraph('北京欢迎你'.repeat(200)))] })
    ).data;
    assert.equal(chinese.wordCount, 1000);
    assert.equal(chinese.readingTime, 2);
  });

  it('ignore values a client sends for them', async () => {
    const article = (
      await articles().create({
        title: unique('Liar'),
        readingTime: 99,
        wordCount: 12345,
        excerpt: 'made up',
        body: [textBlock(paragraph('Just five words right here.'))],
      })
    ).data;
    assert.equal(article.readingTime, 1);
    assert.equal(article.wordCount, 5);
    assert.equal(article.excerpt, 'Just five words right here.');
    const updated = (
      await articles().update(article.documentId, { title: 'Still Lying', readingTime: 42, excerpt: 'nope' })
    ).data;
    assert.equal(updated.readingTime, 1);
    assert.equal(updated.excerpt, 'Just five words right here.');
  });

  it('follow partial updates of the summary or the body', async () => {
    const article = (await articles().create({ title: unique('Partial'), body: [textBlock(paragraph(words(10)))] }))
      .data;
    const withSummary = (await articles().update(article.documentId, { summary: 'The editor’s standfirst.' })).data;
    assert.equal(withSummary.excerpt, 'The editor’s standfirst.');
    assert.equal(withSummary.wordCount, 10);
    const longer = (await articles().update(article.documentId, { body: [textBlock(paragraph(words(700)))] })).data;
    assert.equal(longer.wordCount, 700);
    assert.equal(longer.readingTime, 3);
    assert.equal(longer.excerpt, 'The editor’s standfirst.');
    const emptied = (await articles().update(article.documentId, { body: [], summary: null })).data;
    assert.equal(emptied.wordCount, 0);
    assert.equal(emptied.readingTime, 0);
    assert.equal(emptied.excerpt, '');
  });

  it('are computed for GraphQL writes and are not mutation inputs', async () => {
    const created = await trustedGraphql().request<{
      createArticle: { documentId: string; wordCount: number; readingTime: number; excerpt: string };
    }>(
      gql`
        mutation ($title: String!, $body: [ArticleBodyDynamicZoneInput!]) {
          createArticle(data: { title: $title, body: $body }) {
            documentId
            wordCount
            readingTime
            excerpt
          }
        }
      `,
      {
        title: unique('GraphQL Counted'),
        body: [{ __typename: 'ComponentArticleText', content: [paragraph('Four words of text')] }],
      }
    );
    assert.equal(created.createArticle.wordCount, 4);
    assert.equal(created.createArticle.readingTime, 1);
    assert.equal(created.createArticle.excerpt, 'Four words of text');

    const input = await trustedGraphql().request<{ __type: { inputFields: { name: string }[] } }>(gql`
      {
        __type(name: "ArticleInput") {
          inputFields {
            name
          }
        }
      }
    `);
    const names = input.__type.inputFields.map((field) => field.name);
    assert.ok(names.includes('title') && names.includes('slug'));
    for (const derived of ['readingTime', 'wordCount', 'excerpt']) assert.ok(!names.includes(derived), derived);
  });

  it('are read-only in the admin panel', async () => {
    const answer = await http<{ data: { contentType: ViewConfiguration } }>(
      '/content-manager/content-types/api::article.article/configuration',
      { token: adminJwt }
    );
    assert.equal(answer.status, 200);
    const { metadatas } = answer.body.data.contentType;
    for (const field of ['readingTime', 'wordCount', 'excerpt']) {
      assert.equal(metadatas[field].edit.editable, false, field);
    }
  });
});
