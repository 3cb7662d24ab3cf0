import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorAnswer, ListMeta } from './support/answers';
import { apiToken, http } from './support/api';

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const graphql = (query: string, variables: Record<string, unknown> = {}, token = false) =>
  http<GraphqlAnswer>('/graphql', {
    method: 'POST',
    json: { query, variables },
    ...(token ? { token: apiToken } : {}),
  });

const assertStrapiError = (answer: { status: number; body: ErrorAnswer }, status: number) => {
  assert.equal(answer.status, status, JSON.stringify(answer.body).slice(0, 300));
  assert.equal(answer.body.data, null);
  assert.equal(answer.body.error.status, status);
  assert.equal(typeof answer.body.error.name, 'string');
  assert.equal(typeof answer.body.error.message, 'string');
};

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { documentId }`).join(' ')} }`;

/** `populate` as a frontend's qs writes it, `levels` relations deep (author ⇄ articles, back and forth). */
const deepPopulate = (levels: number) => {
  const names = Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'author' : 'articles'));
  return names.map((name, i) => `${i === 0 ? 'populate' : '[populate]'}[${name}]`).join('') + '=true';
};

describe('limits', () => {
  it('REST lists hold at 100 a page, whatever pageSize or limit asks', async () => {
    const bySize = await http<{ meta: ListMeta }>('/api/articles?pagination[pageSize]=1000');
    assert.equal(bySize.status, 200);
    assert.equal(bySize.body.meta.pagination.pageSize, 100);
    const byLimit = await http<{ data: unknown[]; meta: { pagination: { limit: number } } }>(
      '/api/articles?pagination[start]=0&pagination[limit]=1000'
    );
    assert.equal(byLimit.status, 200);
    assert.equal(byLimit.body.meta.pagination.limit, 100);
  });

  it('GraphQL lists hold at 100, whatever limit or pageSize asks', async () => {
    const answer = await graphql(`
      {
        byLimit: articles_connection(pagination: { limit: 1000 }) {
          pageInfo {
            pageSize
          }
        }
        bySize: articles_connection(pagination: { pageSize: 1000 }) {
          pageInfo {
            pageSize
          }
        }
      }
    `);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const data = answer.body.data as Record<'byLimit' | 'bySize', { pageInfo: { pageSize: number } }>;
    assert.equal(data.byLimit.pageInfo.pageSize, 100);
    assert.equal(data.bySize.pageInfo.pageSize, 100);
  });

  it('REST populate five levels deep is answered, six is a 400', async () => {
    assert.equal((await http(`/api/articles?${deepPopulate(5)}`)).status, 200);
    const deep = await http<ErrorAnswer>(`/api/articles?${deepPopulate(6)}`);
    assertStrapiError(deep, 400);
    assert.equal(deep.body.error.name, 'ValidationError');
    assert.match(deep.body.error.message, /populate/);
  });

  it('GraphQL query depth over 10 is refused before it runs', async () => {
    let selection = 'documentId';
    for (let i = 0; i < 12; i += 1) selection = i % 2 === 0 ? `author { ${selection} }` : `articles { ${selection} }`;
    const answer = await graphql(`{ articles { ${selection} } }`);
    assert.equal(answer.status, 400, JSON.stringify(answer.body).slice(0, 300));
    assert.match(answer.body.errors?.[0].message ?? '', /depth/);
    assert.equal(answer.body.data, undefined);
  });

  it('GraphQL: 20 aliased root fields run, 21 are refused (400) before any resolver', async () => {
    const twenty = await graphql(aliases(20));
    assert.equal(twenty.status, 200, JSON.stringify(twenty.body).slice(0, 300));
    const flood = await graphql(aliases(21));
    assert.equal(flood.status, 400, JSON.stringify(flood.body).slice(0, 300));
    assert.equal(flood.body.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(flood.body.errors?.[0].message ?? '', /21 root fields; at most 20/);
    assert.equal(flood.body.data, undefined);
  });

  it('GraphQL: more than 500 fields, fragments counted each time they are spread, is a 400', async () => {
    const fields = Array.from({ length: 30 }, () => 'documentId title slug summary').join(' ');
    const fragments = `fragment F on Article { ${fields} }`;
    // 120 fields a fragment, spread five times: 600 fields in one root field.
    const answer = await graphql(`
      {
        articles {
          ...F
          ...F
          ...F
          ...F
          ...F
        }
      }
      ${fragments}
    `);
    assert.equal(answer.status, 400, JSON.stringify(answer.body).slice(0, 300));
    assert.match(answer.body.errors?.[0].message ?? '', /60\d fields; at most 500/);
  });

  it('GraphQL: batched operations are refused', async () => {
    const answer = await http<GraphqlAnswer>('/graphql', {
      method: 'POST',
      json: [{ query: '{ articles { documentId } }' }, { query: '{ articles { documentId } }' }],
    });
    assert.equal(answer.status, 400);
    assert.doesNotMatch(JSON.stringify(answer.body), /node_modules|stacktrace/);
  });

  it('GraphQL errors carry no stack trace and no server path', async () => {
    const answer = await graphql('{ articles(filters: "x") { documentId } }');
    assert.equal(answer.status, 400);
    assert.doesNotMatch(JSON.stringify(answer.body), /node_modules|stacktrace|\.js:\d+/);
  });

  it('a body over 1 MB is a 413 in Strapi’s error shape, on REST and on GraphQL', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const rest = await http<ErrorAnswer>('/api/related-links', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: 'Too big', url: `https://example.org/${big}` } },
    });
    assertStrapiError(rest, 413);
    const gql = await http<ErrorAnswer>('/graphql', {
      method: 'POST',
      token: apiToken,
      json: {
        query: 'mutation($t: String!) { createRelatedLink(data: { title: $t }) { documentId } }',
        variables: { t: big },
      },
    });
    assertStrapiError(gql, 413);
    // Sent in chunks, with no Content-Length to judge it by.
    const chunked = await fetch(`${process.env.NEWSROOM_URL ?? 'http://127.0.0.1:1337'}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([JSON.stringify({ query: '{ articles { documentId } }', variables: { t: big } })]).stream(),
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
  });

  it('a body just under 1 MB is read', async () => {
    const answer = await graphql('query($t: String) { articles(filters: { title: { eq: $t } }) { documentId } }', {
      t: 'y'.repeat(1000 * 1000),
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body).slice(0, 200));
  });

  it('filters holding a list where attributes go are a 400, not a 500', async () => {
    const { body } = await http<{ data: { documentId: string }[] }>('/api/articles?pagination[pageSize]=1');
    const one = body.data[0].documentId;
    for (const path of [
      `/api/articles/${one}?filters[0][title]=x`,
      '/api/articles?filters[0][title]=x',
      '/api/articles?filters[author][0][name]=x',
    ]) {
      const answer = await http<ErrorAnswer>(path);
      assertStrapiError(answer, 400);
      assert.equal(answer.body.error.name, 'ValidationError', path);
    }
  });

  it('a NUL character, written or filtered by, is a 400 on both databases and writes nothing', async () => {
    const count = async () =>
      (await http<{ meta: ListMeta }>('/api/related-links?pagination[pageSize]=1', { token: apiToken })).body.meta
        .pagination.total;
    const before = await count();
    const rest = await http<ErrorAnswer>('/api/related-links', {
      method: 'POST',
      token: apiToken,
      json: { data: { title: 'NUL \u0000 link', url: '/articles/x' } },
    });
    assertStrapiError(rest, 400);
    const gql = await graphql(
      'mutation($d: RelatedLinkInput!) { createRelatedLink(data: $d) { documentId } }',
      { d: { title: 'NUL link', label: '\u0000' } },
      true
    );
    assert.equal(gql.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(gql.body).slice(0, 300));
    assert.equal(await count(), before);
    assertStrapiError(await http<ErrorAnswer>('/api/articles?filters[title][$eq]=%00'), 400);
    const read = await graphql('query($t: String) { articles(filters: { title: { eq: $t } }) { documentId } }', {
      t: 'a\u0000',
    });
    assert.equal(read.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(read.body).slice(0, 300));
  });

  it('fields naming what every object has (constructor, toString, __proto__) are a 400, not a 500', async () => {
    for (const query of [
      'fields[0]=constructor&sort=',
      'fields=toString',
      'fields[0]=__proto__',
      'populate[author][fields][0]=constructor',
    ]) {
      const answer = await http<ErrorAnswer>(`/api/articles?${query}`);
      assertStrapiError(answer, 400);
      assert.equal(answer.body.error.name, 'ValidationError', query);
    }
  });
});
