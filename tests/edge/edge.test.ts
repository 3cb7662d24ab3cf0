import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Answer, ArticleAnswer } from '../support/answers';
import { restAt, unique } from '../support/api';
import { freePort } from '../../scripts/support/strapi-process';
import { startVarnish } from '../../scripts/support/varnish';
import { startEdgeStack, type EdgeStack } from './edge-stack';

let stack: EdgeStack;

interface Fetched<T> {
  status: number;
  headers: Headers;
  body: T;
}

async function get<T = Answer<ArticleAnswer>>(url: string, headers: Record<string, string> = {}): Promise<Fetched<T>> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const text = await response.text();
  // Varnish's own error pages (a 503 while a backend is sick) are HTML.
  const json = response.headers.get('content-type')?.includes('json') && text;
  return { status: response.status, headers: response.headers, body: (json ? JSON.parse(text) : null) as T };
}

const atEdge = <T = Answer<ArticleAnswer>>(path: string, headers?: Record<string, string>) =>
  get<T>(`${stack.edge.url}${path}`, headers);

/** Polls until `check` holds; answers how long that took. A correction must reach readers within `withinMs`. */
async function within(withinMs: number, what: string, check: () => Promise<boolean>) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) assert.fail(`${what}: not seen at the edge within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const writer = (i = 0) => restAt(stack.origins[i].url, stack.apiToken);

async function publishedStory(fields: Record<string, unknown> = {}) {
  return (
    await writer()
      .collection('articles')
      .create({ title: unique('Edge Story'), ...fields })
  ).data;
}

/** Reads a path through the edge until it is a HIT, so the test starts from a cached copy. */
async function cached(path: string) {
  await within(5000, `${path} cached`, async () => (await atEdge(path)).headers.get('x-cache') === 'HIT');
}

describe('the edge: Varnish in front of two Strapi processes', { timeout: 300_000 }, () => {
  before(async () => {
    stack = await startEdgeStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('serves a repeat read from its cache, and never hands out its keys', async () => {
    const story = await publishedStory();
    const path = `/api/articles/slug/${story.slug}`;
    const first = await atEdge(path);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('x-cache'), 'MISS');
    const second = await atEdge(path);
    assert.equal(second.headers.get('x-cache'), 'HIT');
    assert.equal(second.body.data.title, story.title);
    for (const answer of [first, second]) {
      assert.equal(answer.headers.get('xkey'), null);
      assert.doesNotMatch(answer.headers.get('cache-control') ?? '', /s-maxage/);
    }
    const origin = await get(`${stack.origins[0].url}${path}`);
    assert.ok(origin.headers.get('xkey')?.split(' ').includes(`d:${story.documentId}`), 'the origin names the story');
    assert.match(origin.headers.get('cache-control') ?? '', /s-maxage=\d+/);
  });

  it('shows a correction, written through either process, within a second', async () => {
    const story = await publishedStory({ summary: 'First version.' });
    const path = `/api/articles/slug/${story.slug}`;
    await cached(path);
    await writer(1).collection('articles').update(story.documentId, { summary: 'Corrected.' });
    await within(1000, 'the correction', async () => (await atEdge(path)).body.data?.summary === 'Corrected.');
  });

  it('takes an unpublished story down within a second', async () => {
    const story = await publishedStory();
    const path = `/api/articles/slug/${story.slug}`;
    await cached(path);
    // As an editor does it: the content-manager's Unpublish.
    const unpublished = await fetch(
      `${stack.origins[1].url}/content-manager/collection-types/api::article.article/${story.documentId}/actions/unpublish`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${stack.adminJwt}`, 'content-type': 'application/json' },
        body: '{}',
      }
    );
    assert.equal(unpublished.status, 200, await unpublished.text());
    await within(1000, 'the takedown', async () => (await atEdge(path)).status === 404);
  });

  it('puts a newly published story on the cached front-page list within a second', async () => {
    const path = '/api/articles?pagination[pageSize]=5';
    await cached(path);
    const story = await publishedStory();
    await within(1000, 'the new story on the list', async () =>
      (await atEdge<Answer<ArticleAnswer[]>>(path)).body.data.some((item) => item.documentId === story.documentId)
    );
  });

  it("shows an author's new name on their cached stories within a second", async () => {
    const author = (
      await writer()
        .collection('authors')
        .create({ name: unique('Edge Author') })
    ).data;
    const story = await publishedStory({ author: author.documentId });
    const path = `/api/articles/slug/${story.slug}`;
    await cached(path);
    const renamed = unique('Renamed Author');
    await writer(1).collection('authors').update(author.documentId, { name: renamed });
    await within(1000, 'the rename', async () => (await atEdge(path)).body.data?.author?.name === renamed);
  });

  it('refreshes a GraphQL query sent as GET when what it shows changes', async () => {
    const story = await publishedStory({ summary: 'Before.' });
    const query = `{ articles(filters: { slug: { eq: "${story.slug}" } }) { title summary } }`;
    const path = `/graphql?query=${encodeURIComponent(query)}`;
    const headers = { 'apollo-require-preflight': 'true' };
    type Graph = { data: { articles: { summary: string }[] } };
    await within(
      5000,
      'the query cached',
      async () => (await atEdge<Graph>(path, headers)).headers.get('x-cache') === 'HIT'
    );
    await writer().collection('articles').update(story.documentId, { summary: 'After.' });
    await within(
      1000,
      'the GraphQL answer',
      async () => (await atEdge<Graph>(path, headers)).body.data.articles[0]?.summary === 'After.'
    );
  });

  it('refuses a PURGE from an address it was not told about', async () => {
    const strict = await startVarnish({
      port: await freePort(),
      backends: [{ host: '127.0.0.1', port: stack.origins[0].port }],
      purgers: ['192.0.2.1'],
    });
    try {
      const refused = await fetch(`${strict.url}/`, { method: 'PURGE', headers: { xkey: 't:article' } });
      assert.equal(refused.status, 403);
      const allowed = await fetch(`${stack.edge.url}/`, { method: 'PURGE', headers: { xkey: 't:nothing' } });
      assert.equal(allowed.status, 200);
    } finally {
      await strict.stop();
    }
  });

  it('never caches an authenticated read or a draft', async () => {
    const draft = (
      await writer()
        .collection('articles')
        .create({ title: unique('Edge Draft') }, { status: 'draft' })
    ).data;
    const path = `/api/articles/${draft.documentId}?status=draft`;
    const auth = { authorization: `Bearer ${stack.apiToken}` };
    for (let i = 0; i < 2; i++) {
      const answer = await atEdge(path, auth);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('x-cache'), 'MISS');
    }
    const anonymous = await atEdge(path);
    assert.equal(anonymous.status, 404, 'a reader without credentials does not get the draft from the cache');
  });

  it('sends one purge per change, whichever process wrote it', async () => {
    const story = await publishedStory();
    await writer(1).collection('articles').update(story.documentId, { summary: 'Once.' });
    await within(3000, 'the outbox emptied', async () => (await stack.pendingPurges()) === 0);
    await new Promise((resolve) => setTimeout(resolve, 600)); // both senders poll at least twice more
    const purges = stack.edge
      .log('ReqMethod eq "PURGE"')
      .split('\n')
      .filter((line) => /ReqHeader\s+xkey/.test(line) && line.includes(`d:${story.documentId}`));
    assert.equal(purges.length, 2, `one purge for the create, one for the update:\n${purges.join('\n')}`);
  });

  it('delivers a purge sent while the edge was down once it is back', async () => {
    const story = await publishedStory();
    await within(3000, 'the outbox emptied', async () => (await stack.pendingPurges()) === 0);
    await stack.edge.stop();
    await writer().collection('articles').update(story.documentId, { summary: 'While the edge was down.' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.ok((await stack.pendingPurges()) > 0, 'the purge waits in the outbox');
    await stack.edge.restart();
    await within(5000, 'the outbox emptied', async () => (await stack.pendingPurges()) === 0);
    assert.ok(stack.edge.log('ReqMethod eq "PURGE"').includes(`d:${story.documentId}`), 'the edge received it');
  });

  it('keeps serving cached stories with every origin down, and from the other process when one dies', async () => {
    const story = await publishedStory();
    const path = `/api/articles/slug/${story.slug}`;
    await cached(path);
    await Promise.all(stack.origins.map((origin) => origin.stop()));
    const served = await atEdge(path);
    assert.equal(served.status, 200);
    assert.equal(served.body.data.title, story.title);
    await stack.restartOrigin(0);
    await stack.restartOrigin(1);

    await stack.origins[0].kill();
    const fresh = await restAt(stack.origins[1].url, stack.apiToken)
      .collection('articles')
      .create({ title: unique('After A Crash') });
    // The edge's probes mark the dead process sick within a few seconds; from then on every read is answered.
    await within(10_000, 'the dead process taken out', async () => {
      const answers = await Promise.all(
        Array.from({ length: 4 }, (_, i) => atEdge(`/api/articles/slug/${fresh.data.slug}?probe=${Date.now()}-${i}`))
      );
      return answers.every((answer) => answer.status === 200);
    });
  });
});
