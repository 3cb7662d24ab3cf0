import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer, ArticleAnswer, ErrorAnswer } from './support/answers';
import { apiToken, baseUrl, http, paragraph, secondUrl, textBlock, trustedRest, unique } from './support/api';

const site = process.env.PUBLIC_URL ?? 'http://localhost:1337';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const articles = () => trustedRest().collection('articles');

const draftWith = async (title: string, data: Record<string, unknown>) =>
  (
    await articles().create(
      { title, body: [textBlock(paragraph(`${title}: the body of a scheduled story.`))], ...data },
      { status: 'draft' }
    )
  ).data;

const bySlug = (slug: string) => http<Answer<ArticleAnswer>>(`/api/articles/slug/${encodeURIComponent(slug)}`);
const publicText = async (path: string) => (await fetch(`${baseUrl}${path}`)).text();
const inFeed = async (title: string) => (await publicText('/feeds/rss.xml')).includes(title);
const inSitemap = async (slug: string) =>
  (await publicText('/sitemaps/stories-1.xml')).includes(`<loc>${site}/articles/${encodeURIComponent(slug)}</loc>`);

/** Waits until `check` holds, polling; the time it first held. */
async function until(what: string, check: () => Promise<boolean>, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return Date.now();
    await sleep(250);
  }
  throw new Error(`not within ${seconds} s: ${what}`);
}

const draftOf = async (documentId: string) => (await articles().findOne(documentId, { status: 'draft' })).data;

describe('scheduled publishing', () => {
  it('a story scheduled a few seconds ahead goes live by itself, as the draft stands then, and only then', async () => {
    const title = unique('Embargoed until the minister speaks');
    const publishAt = inSeconds(6);
    const story = await draftWith(title, { publishAt });
    assert.equal(story.publishAt, new Date(publishAt).toISOString());
    // The editor keeps working on the draft after scheduling it: the last version is what goes out.
    const edited = `${title} (updated)`;
    // (Until a story is first published its slug follows the headline.)
    const { slug } = (await articles().update(story.documentId, { title: edited }, { status: 'draft' })).data;

    assert.equal((await bySlug(slug)).status, 404, 'not public before its time');
    assert.equal(await inFeed(edited), false, 'not in the feed before its time');
    assert.equal(await inSitemap(slug), false, 'not in the sitemap before its time');
    const graphqlBefore = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ articles(filters: { slug: { eq: "${slug}" } }, status: DRAFT) { documentId } }`,
      }),
    });
    const graphqlAnswer = (await graphqlBefore.json()) as { data?: { articles?: unknown[] } | null };
    assert.equal(graphqlAnswer.data?.articles?.length ?? 0, 0, 'not on GraphQL before its time');

    const liveAt = await until('the story is live', async () => (await bySlug(slug)).status === 200);
    assert.ok(liveAt >= new Date(publishAt).getTime(), 'not a moment before publishAt');
    assert.ok(liveAt - new Date(publishAt).getTime() < 5000, 'within a few seconds of publishAt');
    const live = (await bySlug(slug)).body.data;
    assert.equal(live.title, edited, 'the draft as it was at publishAt');
    assert.ok(await inFeed(edited), 'in the feed once live');
    assert.ok(await inSitemap(slug), 'in the sitemap once live');
    assert.equal((await draftOf(story.documentId)).publishAt, null, 'the schedule is cleared: it does not fire again');
  });

  it('unpublishAt takes a live story down again', async () => {
    const title = unique('A story with a shelf life');
    const unpublishAt = inSeconds(5);
    const story = (
      await articles().create(
        { title, body: [textBlock(paragraph('Here today.'))], unpublishAt },
        { status: 'published' }
      )
    ).data;
    assert.equal((await bySlug(story.slug)).status, 200);
    assert.ok(await inFeed(title));
    const downAt = await until('the story is down', async () => (await bySlug(story.slug)).status === 404);
    assert.ok(downAt >= new Date(unpublishAt).getTime(), 'not a moment before unpublishAt');
    assert.equal(await inFeed(title), false, 'out of the feed');
    assert.equal(await inSitemap(story.slug), false, 'out of the sitemap');
    const draft = await draftOf(story.documentId);
    assert.equal(draft.title, title, 'the story stays, as a draft');
    assert.equal(draft.unpublishAt, null, 'the take-down is cleared');
  });

  it('a scheduled story cannot be published early on any write path, and cancelling the schedule frees it', async () => {
    const story = await draftWith(unique('Not before Tuesday'), { publishAt: inSeconds(3600) });
    const early = await http<ErrorAnswer>(`/api/articles/${story.documentId}?status=published`, {
      method: 'PUT',
      token: apiToken,
      json: { data: { summary: 'Trying to jump the embargo' } },
    });
    assert.equal(early.status, 400, JSON.stringify(early.body));
    assert.deepEqual(early.body.error.details.errors[0].path, ['publishAt']);
    assert.match(early.body.error.message, /^Scheduled for .*Clear publishAt to publish now/);
    assert.equal((await draftOf(story.documentId)).summary, null, 'nothing written');
    assert.equal((await bySlug(story.slug)).status, 404);

    await articles().update(story.documentId, { publishAt: null }, { status: 'draft' });
    const now = await http(`/api/articles/${story.documentId}?status=published`, {
      method: 'PUT',
      token: apiToken,
      json: { data: {} },
    });
    assert.equal(now.status, 200, JSON.stringify(now.body));
    assert.equal((await bySlug(story.slug)).status, 200);
  });

  const bad: Array<{ name: string; data: Record<string, unknown>; field: string; message: RegExp }> = [
    { name: 'not a date', data: { publishAt: 'next tuesday' }, field: 'publishAt', message: /must be a date and time/ },
    {
      name: 'a time without its zone',
      data: { publishAt: '2030-01-01T08:00:00' },
      field: 'publishAt',
      message: /with its time zone/,
    },
    {
      name: 'in the past',
      data: { publishAt: new Date(Date.now() - 3_600_000).toISOString() },
      field: 'publishAt',
      message: /is in the past/,
    },
    {
      name: 'unpublishAt before publishAt',
      data: { publishAt: inSeconds(7200), unpublishAt: inSeconds(3600) },
      field: 'unpublishAt',
      message: /must be after publishAt/,
    },
  ];
  for (const { name, data, field, message } of bad) {
    it(`a schedule ${name} is a 400 naming ${field}, and nothing is written`, async () => {
      const title = unique(`Badly scheduled (${name})`);
      const answer = await http<ErrorAnswer>('/api/articles?status=draft', {
        method: 'POST',
        token: apiToken,
        json: { data: { title, ...data } },
      });
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.data, null);
      assert.equal(answer.body.error.name, 'ValidationError');
      assert.deepEqual(answer.body.error.details.errors[0].path, [field]);
      assert.match(answer.body.error.message, message);
      const found = await articles().find({ status: 'draft', filters: { title: { $eq: title } } });
      assert.equal(found.data.length, 0);
    });
  }

  it('GraphQL: a bad schedule is an error naming the field', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
      body: JSON.stringify({
        query: `mutation { createArticle(status: DRAFT, data: { title: "${unique('GraphQL schedule')}", publishAt: "2001-01-01T00:00:00Z" }) { documentId } }`,
      }),
    });
    const answer = (await response.json()) as {
      errors?: Array<{
        message: string;
        extensions?: { error?: { name?: string; details?: ErrorAnswer['error']['details'] } };
      }>;
    };
    assert.ok(answer.errors?.length, JSON.stringify(answer));
    assert.match(answer.errors[0].message, /publishAt is in the past/);
    assert.deepEqual(answer.errors[0].extensions?.error?.details?.errors[0].path, ['publishAt']);
  });

  it(
    'two processes on one database publish each story once',
    { skip: !secondUrl && 'one process only (SQLite)' },
    async () => {
      const publishAt = inSeconds(5);
      const stories: ArticleAnswer[] = [];
      for (let i = 0; i < 6; i++) stories.push(await draftWith(unique(`Due at once ${i}`), { publishAt }));
      const second = secondUrl as string;
      await until(
        'every story is live',
        async () => {
          const answers = await Promise.all(
            stories.map((story, i) => fetch(`${i % 2 ? second : baseUrl}/api/articles/slug/${story.slug}`))
          );
          return answers.every((answer) => answer.status === 200);
        },
        30
      );
      await sleep(3000);
      // Every publish writes a new row for the live version; a second publish of one story would
      // delete that row and write another. Nothing else writes articles meanwhile, so six publishes
      // take exactly the six ids after the drafts'.
      const drafts = await Promise.all(stories.map((story) => draftOf(story.documentId)));
      const lastDraftId = Math.max(...drafts.map((draft) => draft.id ?? 0));
      const live = await Promise.all(
        stories.map(async (story) => (await articles().findOne(story.documentId, { status: 'published' })).data)
      );
      const ids = live.map((story) => story.id ?? 0).sort((a, b) => a - b);
      assert.deepEqual(
        ids,
        stories.map((_, i) => lastDraftId + 1 + i),
        'one publish per story'
      );
      for (const draft of drafts) assert.equal(draft.publishAt, null);
    }
  );
});
