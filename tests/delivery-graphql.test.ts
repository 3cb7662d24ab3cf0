import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from 'graphql-request';
import type { ArticleAnswer } from './support/answers';
import { apiToken, http, publicGraphql, publicRest, trustedRest, unique } from './support/api';

/** What the by-slug queries below ask for. */
interface BySlug {
  articleBySlug: {
    documentId: string;
    slug: string;
    readingTime: number;
    author: { name: string };
    body: { __typename: string }[];
  } | null;
}

const SAMPLE_TITLE = 'Kim Jong-un Concludes Week-Long Visit to Russia, Returns to North Korea';

describe('GraphQL by-slug queries', () => {
  let sample: ArticleAnswer;
  before(async () => {
    sample = (
      await trustedRest()
        .collection('articles')
        .find({ filters: { title: { $eq: SAMPLE_TITLE } } })
    ).data[0];
  });

  it('articleBySlug gives the published story with derived fields and blocks', async () => {
    const result = await publicGraphql().request<BySlug>(
      gql`
        query ($slug: String!) {
          articleBySlug(slug: $slug) {
            documentId
            title
            slug
            readingTime
            wordCount
            excerpt
            author {
              name
              slug
            }
            body {
              __typename
              ... on ComponentArticleReadAlso {
                link {
                  title
                }
              }
            }
          }
        }
      `,
      { slug: sample.slug }
    );
    const story = result.articleBySlug!;
    assert.equal(story.documentId, sample.documentId);
    assert.equal(story.readingTime, 2);
    assert.equal(story.author.name, 'Newsroom Staff');
    assert.equal(story.body.length, 4);
  });

  it('articleBySlug follows an old slug and is null for unknown or draft-only ones', async () => {
    const story = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('GraphQL Moved') })
    ).data;
    await http(`/api/articles/${story.documentId}`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { slug: `${story.slug}-new` } },
    });
    const moved = await publicGraphql().request<BySlug>(
      gql`
        query ($s: String!) {
          articleBySlug(slug: $s) {
            slug
          }
        }
      `,
      { s: story.slug }
    );
    assert.equal(moved.articleBySlug!.slug, `${story.slug}-new`);
    const none = await publicGraphql().request<BySlug>(gql`
      {
        articleBySlug(slug: "nothing-like-this") {
          slug
        }
      }
    `);
    assert.equal(none.articleBySlug, null);
    const draft = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('GraphQL Draft') }, { status: 'draft' })
    ).data;
    const hidden = await publicGraphql().request<BySlug>(
      gql`
        query ($s: String!) {
          articleBySlug(slug: $s) {
            slug
          }
        }
      `,
      { s: draft.slug }
    );
    assert.equal(hidden.articleBySlug, null);
  });

  it('authorBySlug gives the author and their published stories', async () => {
    const author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('GraphQL Author') })
    ).data;
    await trustedRest()
      .collection('articles')
      .create({ title: unique('By GraphQL Author'), author: author.documentId });
    await trustedRest()
      .collection('articles')
      .create({ title: unique('Hidden By GraphQL Author'), author: author.documentId }, { status: 'draft' });
    const result = await publicGraphql().request<{
      authorBySlug: { name: string; articles: { title: string }[] };
    }>(
      gql`
        query ($slug: String!) {
          authorBySlug(slug: $slug) {
            name
            slug
            articles {
              title
            }
          }
        }
      `,
      { slug: author.slug }
    );
    assert.equal(result.authorBySlug.name, author.name);
    assert.equal(result.authorBySlug.articles.length, 1);
    assert.match(result.authorBySlug.articles[0].title, /^By GraphQL Author/);
  });

  it('limits depth and amount', async () => {
    // 12 levels: articles → author → articles → … → name, over the configured depth of 10.
    const deep = `{ ${'articles { author { '.repeat(6)}name${' } }'.repeat(6)} }`;
    await assert.rejects(publicGraphql().request<unknown>(deep), /depth/i);
  });

  it('caps a list at maxLimit (100) however many a query asks for', async () => {
    // More published stories than the cap, so a missing cap shows: the answer would hold them all.
    const published = (
      await publicRest()
        .collection('articles')
        .find({ pagination: { pageSize: 1 } })
    ).meta.pagination.total;
    for (let i = published; i <= 100; i++) {
      await trustedRest()
        .collection('articles')
        .create({ title: unique(`Capped List Story ${i}`) }, { status: 'published' });
    }
    const many = await publicGraphql().request<{ articles: { documentId: string }[] }>(gql`
      {
        articles(pagination: { limit: 1000 }) {
          documentId
        }
      }
    `);
    assert.equal(many.articles.length, 100);
  });
});
