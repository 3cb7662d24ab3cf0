/**
 * No public answer carries a secret: passwords and tokens of users, who created or updated a
 * document, or any attribute a schema marks private (an author's email, the importer's sourceId, the
 * title keys, a body block's admin label) — on REST with `populate=*` and deep populate, the by-slug
 * routes, feeds, sitemaps and GraphQL. The private attributes are read from the schemas, so a field
 * marked private tomorrow is checked too.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { gql } from 'graphql-request';
import { baseUrl, publicGraphql, trustedRest, unique, paragraph, textBlock } from './support/api';
import { adminWrite } from './support/admin';
import type { ArticleAnswer, AuthorAnswer, LinkAnswer, TermAnswer } from './support/answers';

const root = path.resolve(__dirname, '..');

interface Schema {
  attributes: Record<string, { private?: boolean }>;
}
const privateAttributes = (file: string) =>
  Object.entries((JSON.parse(fs.readFileSync(file, 'utf8')) as Schema).attributes)
    .filter(([, attribute]) => attribute.private)
    .map(([name]) => name);

const apiDir = path.join(root, 'src/api');
const typeSchemas = fs
  .readdirSync(apiDir)
  .flatMap((api) => {
    const types = path.join(apiDir, api, 'content-types');
    return fs.existsSync(types) ? fs.readdirSync(types).map((type) => path.join(types, type, 'schema.json')) : [];
  })
  .filter((file) => fs.existsSync(file));

/** Never a key of any public answer. */
const SECRET_KEYS = new Set([
  'password',
  'resetPasswordToken',
  'confirmationToken',
  'createdBy',
  'updatedBy',
  ...typeSchemas.flatMap(privateAttributes),
]);

/** A component's private attributes: never a key of a block of that component. */
const componentsDir = path.join(root, 'src/components');
const COMPONENT_SECRETS: Record<string, string[]> = Object.fromEntries(
  fs
    .readdirSync(componentsDir)
    .flatMap((category) =>
      fs
        .readdirSync(path.join(componentsDir, category))
        .map((file) => [
          `${category}.${file.replace(/\.json$/, '')}`,
          privateAttributes(path.join(componentsDir, category, file)),
        ])
    )
);

/** Every secret key found in a parsed answer, with where it was. */
function secretsIn(value: unknown, at = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretsIn(item, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const component = typeof record.__component === 'string' ? (COMPONENT_SECRETS[record.__component] ?? []) : [];
  return Object.entries(record).flatMap(([key, child]) => [
    ...(SECRET_KEYS.has(key) || component.includes(key) ? [`${at}.${key}`] : []),
    ...secretsIn(child, `${at}.${key}`),
  ]);
}

const EMAIL = `private-${Date.now().toString(36)}@desk-only.test`;

async function publicText(pathname: string) {
  const response = await fetch(`${baseUrl}${pathname}`);
  return { status: response.status, text: await response.text() };
}

/** Reads a public address, checks it answered, and that no secret is in it as a key or as text. */
async function assertClean(pathname: string) {
  const { status, text } = await publicText(pathname);
  assert.equal(status, 200, `${pathname} answered ${status}: ${text.slice(0, 300)}`);
  assert.ok(!text.includes(EMAIL), `${pathname} shows the author's email`);
  if (text.startsWith('{') || text.startsWith('[')) {
    assert.deepEqual(secretsIn(JSON.parse(text)), [], `${pathname} carries secrets`);
  } else {
    for (const key of SECRET_KEYS)
      assert.ok(!new RegExp(`<${key}[\\s>]`).test(text), `${pathname} has a <${key}> element`);
  }
  return text;
}

describe('public answers carry no private fields', () => {
  let author: AuthorAnswer;
  let article: ArticleAnswer;
  let section: TermAnswer;
  let tag: TermAnswer;
  let link: LinkAnswer;

  before(async () => {
    const rest = trustedRest();
    // Written as an editor in the admin panel, so the author has a createdBy to leak.
    author = await adminWrite<AuthorAnswer>('api::author.author', {
      name: unique('Private Author'),
      bio: 'Covers the desk.',
      email: EMAIL,
    });
    section = await adminWrite<TermAnswer>('api::section.section', { name: unique('Private Section') });
    tag = await adminWrite<TermAnswer>('api::tag.tag', { name: unique('Private Tag') });
    link = (
      await rest.collection('related-links').create({ title: unique('Private Link'), url: 'https://example.com/' })
    ).data;
    article = (
      await rest.collection('articles').create(
        {
          title: unique('Private Fields Story'),
          author: author.documentId,
          section: section.documentId,
          tags: [tag.documentId],
          body: [
            textBlock(paragraph('Nothing private in here.')),
            { __component: 'article.read-also', link: link.documentId },
          ],
        },
        { status: 'published' }
      )
    ).data;
  });

  it('the schemas name private fields (the check has something to find)', () => {
    for (const key of ['email', 'sourceId', 'titleKey']) assert.ok(SECRET_KEYS.has(key), key);
    assert.ok(COMPONENT_SECRETS['article.text'].includes('label'));
  });

  it('REST lists and documents, with populate=* and deep populate', async () => {
    const deep =
      'populate[author][populate]=*&populate[section][populate]=*&populate[tags][populate]=*&populate[cover][populate]=*' +
      '&populate[body][on][article.text][populate]=*' +
      '&populate[body][on][article.read-also][populate][link][populate][article][populate]=*' +
      '&populate[body][on][article.image][populate]=*';
    const addresses = [
      `/api/articles?populate=*&filters[documentId]=${article.documentId}`,
      `/api/articles?${deep}&filters[documentId]=${article.documentId}`,
      `/api/articles/${article.documentId}?populate=*`,
      `/api/articles/${article.documentId}?${deep}`,
      `/api/authors?populate=*&filters[documentId]=${author.documentId}`,
      `/api/authors/${author.documentId}?populate[articles][populate]=*&populate[avatar]=true&populate[links]=*`,
      `/api/related-links?populate[article][populate]=*&filters[documentId]=${link.documentId}`,
      `/api/sections/${section.documentId}?populate[articles][populate]=*&populate[parent]=true`,
      `/api/tags/${tag.documentId}?populate[articles][populate][author][populate]=*`,
    ];
    for (const address of addresses) await assertClean(address);
    // The check sees what it should: the author is really in the deep answer.
    const text = await assertClean(`/api/articles/${article.documentId}?${deep}`);
    assert.match(text, new RegExp(author.documentId));
  });

  it('by-slug routes (the app’s own controllers)', async () => {
    await assertClean(`/api/articles/slug/${article.slug}`);
    await assertClean(`/api/authors/slug/${author.slug}`);
    await assertClean(`/api/sections/slug/${section.slug}`);
    await assertClean(`/api/tags/slug/${tag.slug}`);
  });

  it('feeds and sitemaps', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const all = await assertClean(`/feeds/${file}`);
      assert.ok(all.includes(article.slug), `/feeds/${file} has the story`);
      await assertClean(`/feeds/authors/${author.slug}/${file}`);
      await assertClean(`/feeds/sections/${section.slug}/${file}`);
      await assertClean(`/feeds/tags/${tag.slug}/${file}`);
    }
    for (const address of ['/sitemap.xml', '/sitemaps/stories-1.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml'])
      await assertClean(address);
  });

  it('users are not public, and their answers say nothing either', async () => {
    for (const address of ['/api/users', '/api/users/me', '/api/users/1']) {
      const { status, text } = await publicText(address);
      assert.ok(status === 401 || status === 403, `${address} answered ${status}`);
      assert.doesNotMatch(text, /password|resetPasswordToken|confirmationToken/);
    }
  });

  it('GraphQL: every public type, nested, has no private field to ask for', async () => {
    const graph = publicGraphql();
    const answer = await graph.request(
      gql`
        query ($slug: String!, $author: String!) {
          articles(filters: { slug: { eq: $slug } }) {
            documentId
            title
            author {
              documentId
              name
              articles {
                documentId
              }
            }
            section {
              name
              parent {
                name
              }
            }
            tags {
              name
            }
            body {
              __typename
              ... on ComponentArticleText {
                content
              }
              ... on ComponentArticleReadAlso {
                link {
                  title
                  url
                  article {
                    slug
                  }
                }
              }
            }
          }
          articleBySlug(slug: $slug) {
            documentId
            author {
              name
            }
          }
          authorBySlug(slug: $author) {
            documentId
            name
          }
          relatedLinks {
            title
          }
        }
      `,
      { slug: article.slug, author: author.slug }
    );
    const text = JSON.stringify(answer);
    assert.ok(!text.includes(EMAIL));
    assert.deepEqual(secretsIn(answer), []);
    assert.match(text, new RegExp(author.documentId));

    const asks = [
      '{ authors { email } }',
      '{ articles { sourceId } }',
      '{ articles { titleKey } }',
      '{ articles { createdBy { id } } }',
      '{ relatedLinks { titleKey } }',
      '{ usersPermissionsUsers { password } }',
    ];
    for (const query of asks) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      assert.ok(body.errors?.length, `${query} was answered: ${JSON.stringify(body)}`);
      assert.ok(!JSON.stringify(body).includes(EMAIL));
    }
  });
});
