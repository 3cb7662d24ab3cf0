import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { gql, type ClientError } from 'graphql-request';
import { HTTPForbiddenError } from '@strapi/client';
import type { Answer, AuthorAnswer, ErrorAnswer } from './support/answers';
import {
  http,
  publicGraphql,
  publicRest,
  trustedRest,
  unique,
  apiToken,
  type Collections,
  type HttpAnswer,
} from './support/api';

const TYPES: (keyof Collections)[] = ['articles', 'authors', 'related-links'];

describe('public access', () => {
  let author: AuthorAnswer;

  before(async () => {
    const created = await trustedRest()
      .collection('authors')
      .create({
        name: unique('Private Email'),
        email: 'secret-reporter@newsroom.test',
        bio: 'Covers the Korean peninsula.',
      });
    author = created.data;
  });

  for (const type of TYPES) {
    it(`reads ${type} (find and findOne)`, async () => {
      const list = await publicRest().collection(type).find();
      assert.ok(Array.isArray(list.data) && list.data.length > 0, `${type} list is readable`);
      const one = await publicRest().collection(type).findOne(list.data[0].documentId);
      assert.equal(one.data.documentId, list.data[0].documentId);
    });

    it(`cannot create, update or delete ${type} (403)`, async () => {
      const client = publicRest().collection(type);
      const [existing] = (await client.find()).data;
      await assert.rejects(client.create({ title: 'nope', name: 'nope' }), HTTPForbiddenError);
      await assert.rejects(client.update(existing.documentId, { title: 'nope', name: 'nope' }), HTTPForbiddenError);
      await assert.rejects(client.delete(existing.documentId), HTTPForbiddenError);
      const raw = await http<ErrorAnswer>(`/api/${type}`, { method: 'POST', json: { data: { title: 'nope' } } });
      assert.equal(raw.status, 403);
      assert.equal(raw.body.error.name, 'ForbiddenError');
    });
  }

  it('creates a story with an API token', async () => {
    const title = unique('Token Created Story');
    const created = await trustedRest().collection('articles').create({ title, author: author.documentId });
    assert.equal(created.data.title, title);
    assert.ok(created.data.documentId);
    const back = await trustedRest().collection('articles').findOne(created.data.documentId, { status: 'draft' });
    assert.equal(back.data.title, title);
  });

  it('never shows an author email over REST', async () => {
    const answers: HttpAnswer<{ data?: unknown }>[] = [
      await http('/api/authors'),
      await http(`/api/authors/${author.documentId}`),
      await http('/api/authors?populate=*'),
      await http(`/api/authors?filters[documentId][$eq]=${author.documentId}&fields[0]=email&fields[1]=name`),
      await http('/api/articles?populate=author'),
      await http('/api/articles?populate[author][fields][0]=email'),
      await http('/api/related-links?populate[article][populate]=author'),
    ];
    for (const answer of answers) {
      assert.ok(answer.status === 200 || answer.status === 400, `status ${answer.status}`);
      assert.doesNotMatch(JSON.stringify(answer.body), /secret-reporter/);
      assert.doesNotMatch(JSON.stringify(answer.body.data ?? null), /"email"/);
    }
    // Filtering on a private field must not let anyone guess it either.
    const probe = await http<Answer<AuthorAnswer[]>>('/api/authors?filters[email][$startsWith]=secret');
    assert.ok(probe.status === 400 || probe.body.data.length === 0);
  });

  it('never shows an author email over GraphQL', async () => {
    await assert.rejects(
      publicGraphql().request<unknown>(gql`
        {
          authors {
            name
            email
          }
        }
      `),
      (error: ClientError) => /email/.test(error.message) && error.response?.status === 400
    );
    const ok = await publicGraphql().request<{ authors: unknown[] }>(gql`
      {
        authors {
          name
          bio
          articles {
            title
            author {
              name
            }
          }
        }
      }
    `);
    assert.ok(ok.authors.length > 0);
    assert.doesNotMatch(JSON.stringify(ok), /secret-reporter/);
  });

  it('has the token the harness minted', () => {
    assert.ok(apiToken.length > 20);
  });
});
