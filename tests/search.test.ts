import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from 'graphql-request';
import { Client } from 'pg';
import sharp from 'sharp';
import { adminJwt, apiToken, http, publicGraphql, trustedRest, unique } from './support/api';
import { adminWrite } from './support/admin';
import type { ArticleAnswer, ErrorAnswer, Pagination, TermAnswer, AuthorAnswer } from './support/answers';

interface SearchCard {
  documentId: string;
  title: string;
  slug: string;
  snippet: string;
}
interface SearchAnswer {
  data: SearchCard[];
  meta: { pagination: Pagination };
}

// Words no other test file writes: random letters of each script, so the answers are ours alone.
const random = (from: number, size: number, length: number) =>
  Array.from({ length }, () => String.fromCodePoint(from + Math.floor(Math.random() * size))).join('');
const latinWord = () => `zq${random(0x61, 26, 8)}`;
const cyrillicWord = () => `жщ${random(0x430, 32, 7)}`;
const hangul = () => random(0xac00, 11172, 3);
const han = () => random(0x4e00, 20000, 4);

const paragraph = (text: string) => ({
  __component: 'article.text',
  content: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
});

const search = (query: string) => http<SearchAnswer>(`/api/search?${query}`);
const ids = (answer: { body: SearchAnswer }) => answer.body.data.map((card) => card.documentId);
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('search', () => {
  const words = {
    latin: latinWord(),
    cyrillic: cyrillicWord(),
    korean: hangul(),
    chinese: han(),
    japanese: han(),
    ranked: latinWord(),
    filtered: latinWord(),
    paged: latinWord(),
    drafted: latinWord(),
    goes: latinWord(),
    english: latinWord(),
  };
  const stories: Record<string, ArticleAnswer> = {};
  let section: TermAnswer;
  let tag: TermAnswer;
  let author: AuthorAnswer;
  let coverId: number | undefined;

  const story = async (name: string, data: Record<string, unknown>, status: 'published' | 'draft' = 'published') => {
    stories[name] = (
      await trustedRest()
        .collection('articles')
        .create({ title: unique(String(data.title ?? name)), ...data }, { status })
    ).data;
    return stories[name];
  };

  before(async () => {
    section = await adminWrite<TermAnswer>('api::section.section', { name: unique('Search Section') });
    tag = await adminWrite<TermAnswer>('api::tag.tag', { name: unique('Search Tag') });
    author = await adminWrite<AuthorAnswer>('api::author.author', { name: unique('Search Reporter') });
    // A card with a cover is read differently from one without.
    const form = new FormData();
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#369' } })
      .png()
      .toBuffer();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'search-cover.png');
    const uploaded = await http<{ id: number }[]>('/api/upload', { method: 'POST', body: form, token: apiToken });
    coverId = uploaded.body[0]?.id;
    await story('latin', { body: [paragraph(`The minister spoke about ${words.latin} in the city council.`)] });
    await story('cyrillic', { body: [paragraph(`Министр рассказал о ${words.cyrillic} на заседании.`)] });
    await story('korean', { body: [paragraph(`대통령은 ${words.korean}에서 기자들과 만났다.`)] });
    await story('chinese', { body: [paragraph(`他昨天在${words.chinese}发表了讲话。`)] });
    await story('japanese', { body: [paragraph(`首相は${words.japanese}で記者会見を開いた。`)] });
    // The body match is newer: only the ranking can put the headline match first.
    await story('inHeadline', { title: `Why ${words.ranked} matters`, body: [paragraph('Nothing else.')] });
    await story('inBody', { body: [paragraph(`Deep down, ${words.ranked} is mentioned once.`)] });
    await story('inSummary', { summary: `A standfirst on ${words.ranked}.`, body: [paragraph('Nothing.')] });
    await story('filteredIn', {
      body: [paragraph(`${words.filtered} in its section.`)],
      section: section.documentId,
      tags: [tag.documentId],
      author: author.documentId,
      cover: coverId,
    });
    await story('filteredOut', { body: [paragraph(`${words.filtered} elsewhere.`)] });
    for (const n of [1, 2, 3]) await story(`paged${n}`, { body: [paragraph(`Page story ${words.paged} ${n}.`)] });
    await story('draft', { body: [paragraph(`A draft on ${words.drafted}.`)] }, 'draft');
    await story('unpublished', { body: [paragraph(`Soon gone: ${words.goes}.`)] });
    await story('deleted', { body: [paragraph(`Also gone: ${words.goes}.`)] });
  });

  after(async () => {
    if (coverId) await http(`/api/upload/files/${coverId}`, { method: 'DELETE', token: apiToken });
  });

  for (const script of ['latin', 'cyrillic', 'korean', 'chinese', 'japanese'] as const) {
    it(`finds a ${script} story by a word of its body`, async () => {
      const answer = await search(q(words[script]));
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(ids(answer), [stories[script].documentId]);
    });
  }

  it('finds the sample story seeded at first start', async () => {
    const answer = await search(q('Artyom train compartment'));
    assert.ok(
      answer.body.data.some((card) => card.title.startsWith('Kim Jong-un Concludes Week-Long Visit to Russia')),
      JSON.stringify(answer.body.data.map((card) => card.title))
    );
  });

  it('finds Korean and Chinese by part of a run (a two-character word inside a longer one)', async () => {
    assert.deepEqual(ids(await search(q(words.korean.slice(0, 2)))), [stories.korean.documentId]);
    assert.deepEqual(ids(await search(q(words.chinese.slice(1, 3)))), [stories.chinese.documentId]);
  });

  it('ranks a headline match above a standfirst match above a body match', async () => {
    const answer = await search(q(words.ranked));
    assert.deepEqual(
      ids(answer),
      [stories.inHeadline, stories.inSummary, stories.inBody].map((s) => s.documentId)
    );
  });

  it('highlights the match in a short snippet, escaped', async () => {
    const [card] = (await search(q(words.latin.toUpperCase()))).body.data;
    assert.equal(card.snippet, `The minister spoke about <mark>${words.latin}</mark> in the city council.`);
    const [chinese] = (await search(q(words.chinese))).body.data;
    assert.equal(chinese.snippet, `他昨天在<mark>${words.chinese}</mark>发表了讲话。`);
  });

  it('never shows a draft, whatever the request asks', async () => {
    for (const extra of ['', '&status=draft', '&publicationState=preview']) {
      const answer = await search(q(words.drafted) + extra);
      assert.equal(answer.status, 200);
      assert.deepEqual(ids(answer), []);
    }
    const trusted = await http<SearchAnswer>(`/api/search?${q(words.drafted)}&status=draft`, { token: adminJwt });
    assert.deepEqual(ids(trusted), []);
  });

  it('filters by section, tag and author slug', async () => {
    assert.equal(ids(await search(q(words.filtered))).length, 2);
    for (const filter of [`section=${section.slug}`, `tag=${tag.slug}`, `author=${author.slug}`]) {
      assert.deepEqual(ids(await search(`${q(words.filtered)}&${filter}`)), [stories.filteredIn.documentId], filter);
    }
    assert.deepEqual(ids(await search(`${q(words.filtered)}&section=no-such-section-zz`)), []);
  });

  it('shows each story as its section page does, cover included, with a snippet', async () => {
    assert.ok(coverId, 'the cover was uploaded');
    const [card] = (await search(`${q(words.filtered)}&section=${section.slug}`)).body.data;
    const page = await http<{ data: { articles: Record<string, unknown>[] } }>(`/api/sections/slug/${section.slug}`);
    const listed = page.body.data.articles.find((story) => story.documentId === card.documentId);
    const { snippet, ...rest } = card;
    assert.match(snippet, /<mark>/);
    assert.deepEqual(rest, listed);
    assert.equal((rest as { cover?: { id: number } }).cover?.id, coverId);
  });

  it('paginates like Strapi lists, pageSize capped at 100', async () => {
    const first = await search(`${q(words.paged)}&pagination[page]=1&pagination[pageSize]=2`);
    assert.deepEqual(first.body.meta.pagination, { page: 1, pageSize: 2, pageCount: 2, total: 3 });
    const second = await search(`${q(words.paged)}&pagination[page]=2&pagination[pageSize]=2`);
    assert.equal(second.body.data.length, 1);
    assert.equal(new Set([...ids(first), ...ids(second)]).size, 3);
    const capped = await search(`${q(words.paged)}&pagination[pageSize]=1000`);
    assert.equal(capped.body.meta.pagination.pageSize, 100);
  });

  it('forgets a story when it is unpublished or deleted', async () => {
    assert.equal(ids(await search(q(words.goes))).length, 2);
    const unpublish = await http(
      `/content-manager/collection-types/api::article.article/${stories.unpublished.documentId}/actions/unpublish`,
      { method: 'POST', token: adminJwt, json: {} }
    );
    assert.equal(unpublish.status, 200, JSON.stringify(unpublish.body));
    await trustedRest().collection('articles').delete(stories.deleted.documentId);
    const after = await search(q(words.goes));
    assert.deepEqual(ids(after), []);
    assert.equal(after.body.meta.pagination.total, 0, 'the index itself forgot them, not just the answer');
  });

  it('finds a story again after an edit is published, by its new words only', async () => {
    const fresh = latinWord();
    await trustedRest()
      .collection('articles')
      .update(stories.latin.documentId, { body: [paragraph(`Rewritten with ${fresh}.`)] }, { status: 'published' });
    assert.deepEqual(ids(await search(q(fresh))), [stories.latin.documentId]);
    const old = await search(q(words.latin));
    assert.deepEqual(ids(old), []);
    assert.equal(old.body.meta.pagination.total, 0);
  });

  it('is cached as a list of stories: purged by any story’s write, also when it found nothing', async () => {
    for (const text of [words.ranked, latinWord()]) {
      const answer = await search(q(text));
      assert.match(answer.headers.get('cache-control') ?? '', /public/);
      assert.match(answer.headers.get('xkey') ?? '', /\bt:article\b/, text);
    }
  });

  it('answers an empty or missing q with a 400 in Strapi’s error shape', async () => {
    for (const query of ['', 'q=', 'q=%20%20', 'q=a&q=b']) {
      const answer = await http<ErrorAnswer>(`/api/search?${query}`);
      assert.equal(answer.status, 400, query);
      assert.equal(answer.body.data, null);
      assert.equal(answer.body.error.status, 400);
      assert.equal(answer.body.error.name, 'ValidationError');
    }
  });

  it('never answers a hostile query with a 5xx', async () => {
    const hostile = [
      '"',
      '"unbalanced',
      "'",
      '*',
      'a*',
      'NOT',
      'AND OR NOT',
      'x NEAR/2 y',
      '(((',
      ')',
      '!',
      '&&',
      '|',
      "'x':*",
      'a <-> b',
      'title:foo',
      '{title}: x',
      '^x',
      '\0',
      'kim\0putin',
      '%',
      '\\',
      '-',
      '+-~',
      '🚀',
      'word '.repeat(2000),
      'x'.repeat(10_000),
    ];
    for (const text of hostile) {
      const answer = await http<SearchAnswer | ErrorAnswer>(`/api/search?q=${encodeURIComponent(text)}`);
      assert.ok(answer.status < 500 && answer.status >= 200, `${JSON.stringify(text.slice(0, 40))}: ${answer.status}`);
    }
    // Bytes that are not UTF-8, and lone surrogates as CESU-8 bytes (no URL encoder makes them).
    for (const bytes of ['%FF%FE%00', '%ED%A0%80', 'x%ED%B0%80y', '%C0%80']) {
      const raw = await http(`/api/search?q=${bytes}`);
      assert.ok(raw.status < 500, `${bytes}: ${raw.status}`);
    }
    // JSON carries lone surrogates as they are.
    const graphql = await http<{ data: unknown; errors?: unknown }>('/graphql', {
      method: 'POST',
      json: {
        query: 'query ($q: String!) { searchArticles(query: $q) { pageInfo { total } } }',
        variables: { q: '\uD800 kim \uDC00' },
      },
    });
    assert.equal(graphql.status, 200, JSON.stringify(graphql.body));
    assert.equal(graphql.body.errors, undefined, JSON.stringify(graphql.body));
  });

  // Articles are not localised here, so SQL plays the other process that indexed a story in English.
  it(
    'finds a story in a language another process indexed since this one last searched',
    {
      skip: process.env.NEWSROOM_DB !== 'postgres',
    },
    async () => {
      await story('english', { body: [paragraph(`Reported on ${words.english} today.`)] });
      assert.deepEqual(ids(await search(q(words.english))), [stories.english.documentId]);
      const db = new Client({ connectionString: process.env.DATABASE_URL });
      await db.connect();
      try {
        await db.query(`INSERT INTO newsroom_search_v1_configs (config) VALUES ('english') ON CONFLICT DO NOTHING`);
        await db.query(
          `UPDATE newsroom_search_v1 SET config = 'english', vector = to_tsvector('english', body), head_vector = to_tsvector('english', title) WHERE document_id = $1`,
          [stories.english.documentId]
        );
      } finally {
        await db.end();
      }
      assert.deepEqual(ids(await search(q(words.english))), [stories.english.documentId]);
    }
  );

  it('answers the same over GraphQL', async () => {
    const query = gql`
      query ($q: String!, $section: String) {
        searchArticles(query: $q, section: $section, pagination: { pageSize: 5 }) {
          nodes {
            snippet
            article {
              documentId
              title
            }
          }
          pageInfo {
            total
            pageSize
          }
        }
      }
    `;
    type Result = {
      searchArticles: {
        nodes: { snippet: string; article: { documentId: string } }[];
        pageInfo: { total: number; pageSize: number };
      };
    };
    const ranked = await publicGraphql().request<Result>(query, { q: words.ranked });
    const rest = ids(await search(q(words.ranked)));
    assert.deepEqual(
      ranked.searchArticles.nodes.map((node) => node.article.documentId),
      rest
    );
    assert.deepEqual(ranked.searchArticles.pageInfo, { total: 3, pageSize: 5 });
    const filtered = await publicGraphql().request<Result>(query, { q: words.filtered, section: section.slug });
    assert.deepEqual(
      filtered.searchArticles.nodes.map((node) => node.article.documentId),
      [stories.filteredIn.documentId]
    );
    assert.match(filtered.searchArticles.nodes[0].snippet, new RegExp(`<mark>${words.filtered}</mark>`));
    const drafts = await publicGraphql().request<Result>(query, { q: words.drafted });
    assert.equal(drafts.searchArticles.nodes.length, 0);
    await assert.rejects(publicGraphql().request(query, { q: '' }));
  });
});
