import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { gql, type ClientError } from 'graphql-request';
import type { Answer, ArticleAnswer, AuthorAnswer, RoleAnswer, SessionAnswer } from './support/answers';
import { apiToken, http, publicGraphql, trustedGraphql, trustedRest, unique } from './support/api';

// A secret only the draft holds: the published version never had it.
const SECRET = `embargoed-${Math.random().toString(36).slice(2, 10)}`;

describe('no public request sees an unpublished story', () => {
  let author: AuthorAnswer;
  let draftOnly: ArticleAnswer;
  let edited: ArticleAnswer;

  before(async () => {
    author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('Leak Test Author') })
    ).data;
    draftOnly = (
      await trustedRest()
        .collection('articles')
        .create(
          {
            title: unique('Draft only'),
            author: author.documentId,
            summary: SECRET,
            body: [
              {
                __component: 'article.text',
                content: [{ type: 'paragraph', children: [{ type: 'text', text: SECRET }] }],
              },
            ],
          },
          { status: 'draft' }
        )
    ).data;
    // Published, then edited: the draft version differs from the live one.
    edited = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique('Live story'), author: author.documentId })
    ).data;
    await trustedRest().collection('articles').update(edited.documentId, { summary: SECRET }, { status: 'draft' });
  });

  const restPaths = () => [
    '/api/articles?status=draft',
    '/api/articles?status=draft&pagination[pageSize]=100',
    `/api/articles/${draftOnly.documentId}?status=draft`,
    `/api/articles/${draftOnly.documentId}`,
    `/api/articles/${edited.documentId}?status=draft`,
    `/api/articles/slug/${draftOnly.slug}?status=draft`,
    `/api/authors/${author.documentId}?populate=articles&status=draft`,
    `/api/authors?populate[articles][fields][0]=summary&status=draft`,
    `/api/authors/slug/${author.slug}?status=draft`,
    `/api/articles?filters[publishedAt][$null]=true&status=draft`,
    `/api/articles?hasPublishedVersion=false&status=draft`,
  ];

  it('REST: lists, findOne, by-slug, populate of an author’s articles', async () => {
    for (const path of restPaths()) {
      const answer = await http(path);
      assert.doesNotMatch(JSON.stringify(answer.body), new RegExp(SECRET), path);
    }
    assert.equal((await http(`/api/articles/${draftOnly.documentId}?status=draft`)).status, 404);
  });

  it('GraphQL: list, single, by-slug, connection and nested author articles', async () => {
    const queries = [
      gql`
        {
          articles(status: DRAFT, pagination: { limit: 100 }) {
            title
            summary
          }
        }
      `,
      gql`
        {
          articles_connection(status: DRAFT) {
            nodes {
              title
              summary
            }
          }
        }
      `,
      gql`
        query ($id: ID!) {
          article(documentId: $id, status: DRAFT) {
            title
            summary
          }
        }
      `,
      gql`
        query ($slug: String!) {
          articleBySlug(slug: $slug) {
            title
            summary
          }
        }
      `,
      gql`
        query ($author: String!) {
          authorBySlug(slug: $author) {
            articles {
              title
              summary
            }
          }
        }
      `,
      gql`
        query ($author: String!) {
          authorBySlug(slug: $author) {
            articles(status: DRAFT) {
              title
              summary
            }
          }
        }
      `,
      gql`
        {
          authors(status: DRAFT) {
            articles(status: DRAFT) {
              title
              summary
            }
          }
        }
      `,
      gql`
        {
          relatedLinks(status: DRAFT) {
            article(status: DRAFT) {
              title
              summary
            }
          }
        }
      `,
    ];
    for (const query of queries) {
      const result = await publicGraphql()
        .request<unknown>(query, { id: draftOnly.documentId, slug: draftOnly.slug, author: author.slug })
        .catch((error: Partial<ClientError>) => ({ error: error.response?.errors ?? String(error) }));
      assert.doesNotMatch(JSON.stringify(result), new RegExp(SECRET), query);
    }
  });

  it('drafts stay readable to an API token (previews)', async () => {
    const rest = await http<Answer<ArticleAnswer>>(`/api/articles/${draftOnly.documentId}?status=draft`, {
      token: apiToken,
    });
    assert.equal(rest.status, 200);
    assert.equal(rest.body.data.summary, SECRET);
    const graph = await trustedGraphql().request<{ article: { summary: string | null } }>(
      gql`
        query ($id: ID!) {
          article(documentId: $id, status: DRAFT) {
            summary
          }
        }
      `,
      { id: draftOnly.documentId }
    );
    assert.equal(graph.article.summary, SECRET);
  });

  it('drafts stay readable to a signed-in Editor, not to a signed-in reader', async () => {
    const register = async (name: string) =>
      (
        await http<SessionAnswer>('/api/auth/local/register', {
          method: 'POST',
          json: { username: name, email: `${name}@newsroom.test`, password: 'Reader-Passw0rd!' },
        })
      ).body;
    const reader = await register(`reader${Date.now()}`);
    assert.ok(reader.jwt, JSON.stringify(reader));
    const asReader = await http(`/api/articles/${draftOnly.documentId}?status=draft`, { token: reader.jwt });
    assert.doesNotMatch(JSON.stringify(asReader.body), new RegExp(SECRET));

    const editor = await register(`editor${Date.now()}`);
    const roles = await http<{ roles: RoleAnswer[] }>('/users-permissions/roles', {
      token: process.env.NEWSROOM_ADMIN_JWT,
    });
    const editorRole = roles.body.roles.find((role) => role.type === 'editor');
    assert.ok(editorRole, 'the Editor role exists');
    const promoted = await http(`/api/users/${editor.user.id}`, {
      method: 'PUT',
      token: apiToken,
      json: { role: editorRole.id },
    });
    assert.equal(promoted.status, 200, JSON.stringify(promoted.body));
    const asEditor = await http<Answer<ArticleAnswer>>(`/api/articles/${draftOnly.documentId}?status=draft`, {
      token: editor.jwt,
    });
    assert.equal(asEditor.status, 200);
    assert.equal(asEditor.body.data.summary, SECRET);
  });
});
