/**
 * Signed preview links, over HTTP against the real Strapi: the admin panel's
 * Preview button gets a link from the content-manager; the link opens the
 * reference story page, whose data comes from GET /api/preview with the
 * token — never with an API token. Expired and tampered links get 403.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { DEV_PREVIEW_SECRET } from '../src/preview/preview-config';
import { nowInSeconds, signPreviewToken } from '../src/preview/signed-link';
import type { Answer, ArticleAnswer, AuthorAnswer, ErrorAnswer, PreviewMeta } from './support/answers';
import { adminJwt, apiToken, heading, http, paragraph, textBlock, unique } from './support/api';

const ARTICLE = 'api::article.article';

/** The secret the server under test signs with: the environment, .env (Strapi reads it too), or the development default. */
const previewSecret = () => {
  if (process.env.PREVIEW_SECRET) return process.env.PREVIEW_SECRET;
  const dotenv = path.resolve(__dirname, '..', '.env');
  const line = fs.existsSync(dotenv) ? /^PREVIEW_SECRET=(.*)$/m.exec(fs.readFileSync(dotenv, 'utf8')) : null;
  return line?.[1].trim().replace(/^["']|["']$/g, '') || DEV_PREVIEW_SECRET;
};

/** What the admin panel's Preview button asks for. */
async function previewUrl(documentId: string, status: 'draft' | 'published', uid = ARTICLE) {
  const answer = await http<{ data?: { url?: string } } | null>(
    `/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`,
    {
      token: adminJwt,
    }
  );
  assert.ok(
    answer.status === 200 || answer.status === 204,
    `preview url answered ${answer.status}: ${JSON.stringify(answer.body)}`
  );
  return answer.body?.data?.url as string | undefined;
}

const tokenOf = (url: string | undefined) => {
  // No link at all reads as "undefined", as exec() would read it: no match.
  const match = /^\/preview\/([^/?#]+)$/.exec(String(url));
  assert.ok(match, `not a preview link: ${url}`);
  return match[1];
};

/** GET /api/preview: the story, or (say so with `T`) a 403 or 404 in Strapi's error shape. */
const previewData = <T = Answer<ArticleAnswer, PreviewMeta>>(token: string | undefined) =>
  http<T>('/api/preview', token === undefined ? {} : { headers: { authorization: `Preview ${token}` } });

async function createAuthor() {
  const answer = await http<Answer<AuthorAnswer>>('/api/authors', {
    method: 'POST',
    token: apiToken,
    json: {
      data: { name: unique('Preview Author'), bio: 'Covers the Korean peninsula.', email: 'desk-only@newsroom.test' },
    },
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data;
}

async function createArticle(title: string, author: string, status: 'draft' | 'published') {
  // Strapi 5's REST API publishes unless told `status=draft`.
  const answer = await http<Answer<ArticleAnswer>>(`/api/articles?status=${status}`, {
    method: 'POST',
    token: apiToken,
    json: {
      data: {
        title,
        author,
        body: [
          textBlock(
            heading('A sub-heading'),
            paragraph('First paragraph of the story.'),
            paragraph('Second paragraph.')
          ),
        ],
      },
    },
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data;
}

describe('signed preview links', () => {
  let author: AuthorAnswer;
  let draft: ArticleAnswer;
  let link: string | undefined;

  before(async () => {
    author = await createAuthor();
    draft = await createArticle(unique('Preview Draft Story'), author.documentId, 'draft');
    link = await previewUrl(draft.documentId, 'draft');
  });

  it('the Preview button gets a link to the story page on this origin, signed for this document', () => {
    assert.ok(link, 'the content-manager returned no preview URL');
    assert.match(tokenOf(link), new RegExp(`^${draft.documentId}\\.d\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
  });

  it('a valid link opens the story page, never cached, and hands the browser no API token', async () => {
    assert.ok(link, 'the content-manager returned no preview URL');
    const page = await http<string>(link);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.body, /<script src="\/story\/story\.js"/);
    assert.equal(page.headers.get('cache-control'), 'private, no-store');
    assert.equal(page.headers.get('x-robots-tag'), 'noindex');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer', 'links from the page would leak the token');
    assert.ok(!page.body.includes(apiToken), 'the page contains the API token');
  });

  it('a valid link reads the draft, shaped like the public story answer, with JSON-LD', async () => {
    const answer = await previewData(tokenOf(link));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.data.documentId, draft.documentId);
    assert.equal(answer.body.data.title, draft.title);
    assert.equal(answer.body.data.publishedAt, null);
    assert.equal(answer.body.data.readingTime, 1);
    assert.deepEqual(
      answer.body.data.body[0].content.map((node) => node.type),
      ['heading', 'paragraph', 'paragraph']
    );
    assert.equal(answer.body.data.author.name, author.name);
    assert.equal(answer.body.data.author.email, undefined, 'the author email left the desk');
    assert.equal(answer.body.meta.jsonLd['@type'], 'NewsArticle');
    assert.equal(answer.body.meta.jsonLd.headline, draft.title);
    assert.equal(answer.body.meta.preview.status, 'draft');
    assert.ok(Date.parse(answer.body.meta.preview.expiresAt) > Date.now());
    assert.equal(answer.headers.get('cache-control'), 'private, no-store');
    assert.ok(!JSON.stringify(answer.body).includes(apiToken));
  });

  it('the draft stays hidden from the public by slug', async () => {
    assert.equal((await http(`/api/articles/slug/${draft.slug}`)).status, 404);
  });

  it('an expired link gets 403, on the page and on the data', async () => {
    const expired = signPreviewToken(
      { documentId: draft.documentId, status: 'draft', expiresAt: nowInSeconds() - 60 },
      previewSecret()
    );
    // Signed with the server's secret: the same token with a future expiry works.
    const fresh = signPreviewToken(
      { documentId: draft.documentId, status: 'draft', expiresAt: nowInSeconds() + 600 },
      previewSecret()
    );
    assert.equal((await previewData(fresh)).status, 200);

    const page = await http<string>(`/preview/${expired}`);
    assert.equal(page.status, 403);
    assert.match(page.body, /expired/);
    assert.equal(page.headers.get('cache-control'), 'private, no-store');
    const data = await previewData<ErrorAnswer>(expired);
    assert.equal(data.status, 403);
    assert.equal(data.body.error.name, 'ForbiddenError');
    assert.equal(data.body.error.details.reason, 'expired');
  });

  it('a tampered link gets 403: a later expiry, another document, the other version, a changed signature', async () => {
    const [documentId, status, expiry, signature] = tokenOf(link).split('.');
    const other = await createArticle(unique('Someone Else’s Draft'), author.documentId, 'draft');
    const tampered = {
      'later expiry': [documentId, status, String(Number(expiry) + 86_400), signature],
      'another document': [other.documentId, status, expiry, signature],
      'published version': [documentId, 'p', expiry, signature],
      'changed signature': [documentId, status, expiry, (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)],
    };
    for (const [name, parts] of Object.entries(tampered)) {
      const token = parts.join('.');
      assert.equal((await http(`/preview/${token}`)).status, 403, `page, ${name}`);
      const data = await previewData<ErrorAnswer>(token);
      assert.equal(data.status, 403, `data, ${name}`);
      assert.equal(data.body.error.details.reason, 'signature', name);
    }
  });

  it('no token, a malformed one, or an API token instead gets 403', async () => {
    assert.equal((await previewData(undefined)).status, 403);
    assert.equal((await previewData('not-a-token')).status, 403);
    assert.equal((await http('/preview/not-a-token')).status, 403);
    assert.equal((await http('/api/preview', { token: apiToken })).status, 403);
  });

  it('a published story: the public page by slug, and the published tab’s link shows the published version', async () => {
    const title = unique('Preview Published Story');
    const story = await createArticle(title, author.documentId, 'published');

    // The reference page, at the public story path and as a static file.
    const page = await http<string>(`/articles/${story.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<script src="\/story\/story\.js"/);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal((await http(`/story/?slug=${story.slug}`)).status, 200);
    const script = await http<string>('/story/story.js');
    assert.equal(script.status, 200);
    assert.match(script.body, /\/api\/articles\/slug\//);
    // …and what it reads: the public delivery answer.
    const publicAnswer = await http<Answer<ArticleAnswer>>(`/api/articles/slug/${story.slug}`);
    assert.equal(publicAnswer.status, 200);
    assert.equal(publicAnswer.body.data.title, title);

    // The editor changes the draft: the draft link shows it, the published link does not.
    const edited = await http(`/api/articles/${story.documentId}?status=draft`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { title: `${title} (updated)` } },
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const publishedLink = await previewUrl(story.documentId, 'published');
    assert.match(tokenOf(publishedLink), /\.p\./);
    const published = await previewData(tokenOf(publishedLink));
    assert.equal(published.status, 200);
    assert.equal(published.body.data.title, title);
    assert.equal(published.body.meta.preview.status, 'published');
    assert.ok(published.body.data.publishedAt);
    const draftVersion = await previewData(tokenOf(await previewUrl(story.documentId, 'draft')));
    assert.equal(draftVersion.body.data.title, `${title} (updated)`);
  });

  it('a link to a story deleted since gets 404', async () => {
    const gone = await createArticle(unique('Deleted Before Preview'), author.documentId, 'draft');
    const goneLink = await previewUrl(gone.documentId, 'draft');
    assert.equal((await http(`/api/articles/${gone.documentId}`, { method: 'DELETE', token: apiToken })).status, 204);
    assert.equal((await previewData(tokenOf(goneLink))).status, 404);
  });

  it('authors have no story page: no Preview link', async () => {
    assert.equal(await previewUrl(author.documentId, 'published', 'api::author.author'), undefined);
  });
});
