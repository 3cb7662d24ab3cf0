import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql, type ClientError } from 'graphql-request';
import type { Answer, ErrorAnswer, ListMeta } from './support/answers';
import { apiToken, http, trustedGraphql } from './support/api';

const total = async (type: string) =>
  (await http<Answer<unknown[], ListMeta>>(`/api/${type}?status=draft&pagination[pageSize]=1`, { token: apiToken }))
    .body.meta.pagination.total;

const cases: { name: string; type: string; data: Record<string, unknown>; query?: string }[] = [
  { name: 'missing title', type: 'articles', data: { summary: 'No headline' } },
  { name: 'blank title', type: 'articles', data: { title: '   ' } },
  { name: 'missing title on a draft', type: 'articles', data: { summary: 'No headline' }, query: '?status=draft' },
  { name: 'title over 300 characters', type: 'articles', data: { title: 'x'.repeat(301) } },
  { name: 'summary over 500 characters', type: 'articles', data: { title: 'Fine', summary: 'y'.repeat(501) } },
  { name: 'unknown field', type: 'articles', data: { title: 'Fine', kicker: 'nope' } },
  { name: 'title of the wrong type', type: 'articles', data: { title: { en: 'Object' } } },
  { name: 'body of the wrong type', type: 'articles', data: { title: 'Fine', body: 'just a string' } },
  {
    name: 'body block of an unknown kind',
    type: 'articles',
    data: { title: 'Fine', body: [{ __component: 'article.video', url: 'x' }] },
  },
  { name: 'author name over 120 characters', type: 'authors', data: { name: 'n'.repeat(121) } },
  { name: 'author email that is no email', type: 'authors', data: { name: 'Someone', email: 'not-an-email' } },
  { name: 'javascript: link', type: 'related-links', data: { title: 'Bad', url: 'javascript:alert(1)' } },
  {
    name: 'data: link',
    type: 'related-links',
    data: { title: 'Bad', url: 'data:text/html,<script>alert(1)</script>' },
  },
  { name: 'protocol-relative link', type: 'related-links', data: { title: 'Bad', url: '//evil.example/x' } },
  { name: 'link with no title', type: 'related-links', data: { url: '/articles/x' } },
];

describe('bad input is a 400 in Strapi’s error shape and writes nothing', () => {
  for (const { name, type, data, query = '' } of cases) {
    it(`REST: ${name}`, async () => {
      const before = await total(type);
      const answer = await http<ErrorAnswer>(`/api/${type}${query}`, {
        method: 'POST',
        token: apiToken,
        json: { data },
      });
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.data, null);
      assert.equal(answer.body.error.status, 400);
      assert.match(answer.body.error.name, /ValidationError/);
      assert.equal(typeof answer.body.error.message, 'string');
      assert.equal(await total(type), before);
    });
  }

  it('accepts the good link shapes', async () => {
    for (const url of ['https://example.org/a?b=c', 'http://example.org', '/articles/some-story']) {
      const answer = await http('/api/related-links', {
        method: 'POST',
        token: apiToken,
        json: { data: { title: `Good ${url}`, url } },
      });
      assert.equal(answer.status, 201, `${url}: ${JSON.stringify(answer.body)}`);
    }
  });

  const graphqlCases = [
    {
      name: 'missing title',
      mutation: gql`
        mutation {
          createArticle(data: { summary: "x" }) {
            documentId
          }
        }
      `,
      type: 'articles',
    },
    {
      name: 'over-long title',
      mutation: gql`mutation { createArticle(data: { title: "${'x'.repeat(301)}" }) { documentId } }`,
      type: 'articles',
    },
    {
      name: 'unknown field',
      mutation: gql`
        mutation {
          createArticle(data: { title: "ok", kicker: "x" }) {
            documentId
          }
        }
      `,
      type: 'articles',
    },
    {
      name: 'wrong type',
      mutation: gql`
        mutation {
          createArticle(data: { title: 12 }) {
            documentId
          }
        }
      `,
      type: 'articles',
    },
    {
      name: 'derived field as input',
      mutation: gql`
        mutation {
          createArticle(data: { title: "ok", readingTime: 3 }) {
            documentId
          }
        }
      `,
      type: 'articles',
    },
    {
      name: 'javascript: link',
      mutation: gql`
        mutation {
          createRelatedLink(data: { title: "Bad", url: "javascript:alert(1)" }) {
            documentId
          }
        }
      `,
      type: 'related-links',
    },
  ];
  for (const { name, mutation, type } of graphqlCases) {
    it(`GraphQL: ${name}`, async () => {
      const before = await total(type);
      // What graphql-request rejects with when the server answered; anything else has no `response`.
      const error: Partial<ClientError> = await trustedGraphql()
        .request<unknown>(mutation)
        .then(
          () => assert.fail('the mutation was accepted'),
          (e: Partial<ClientError>) => e
        );
      const errors = error.response?.errors ?? [];
      assert.ok(errors.length > 0, String(error));
      const code = errors[0].extensions?.code;
      assert.ok(
        (['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'] as unknown[]).includes(code) || error.response?.status === 400,
        JSON.stringify(errors)
      );
      assert.equal(await total(type), before);
    });
  }
});
