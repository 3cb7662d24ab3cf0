import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { gql } from 'graphql-request';
import { http, publicGraphql, publicRest, trustedRest, unique } from './support/api';
import { adminWrite } from './support/admin';
import type { Answer, ArticleAnswer, ErrorAnswer, ListMeta, StoryMeta, TermAnswer } from './support/answers';

const SECTION = 'api::section.section';
const TAG = 'api::tag.tag';

describe('sections and tags', () => {
  let world: TermAnswer;
  let korea: TermAnswer;
  let tag: TermAnswer;
  let older: ArticleAnswer;
  let newer: ArticleAnswer;
  let draft: ArticleAnswer;

  before(async () => {
    world = await adminWrite<TermAnswer>(SECTION, { name: unique('Monde & Société'), description: 'The world.' });
    korea = await adminWrite<TermAnswer>(SECTION, { name: unique('Korea'), parent: { connect: [world.documentId] } });
    tag = await adminWrite<TermAnswer>(TAG, { name: unique('Ким Чен Ын') });
    // The content API publishes what it creates unless told otherwise.
    const story = (title: string, status: 'published' | 'draft') =>
      trustedRest()
        .collection('articles')
        .create({ title: unique(title), section: korea.documentId, tags: [tag.documentId] }, { status });
    older = (await story('Older Tagged Story', 'published')).data;
    // Newest first goes by publication time: let the clock move between the two.
    await new Promise((resolve) => setTimeout(resolve, 20));
    newer = (await story('Newer Tagged Story', 'published')).data;
    draft = (await story('Draft Tagged Story', 'draft')).data;
  });

  it('get slugs from the plugin, transliterated', () => {
    assert.match(world.slug, /^monde-societe-[a-z0-9]+$/);
    assert.match(tag.slug, /^kim-chen-yn-[a-z0-9]+$/);
  });

  it('are public to read and not to write', async () => {
    const found = await publicRest()
      .collection('sections')
      .findOne(korea.documentId, { populate: ['parent'] });
    assert.equal(found.data.name, korea.name);
    assert.equal(found.data.parent?.documentId, world.documentId);
    // By filter, not the first page: an import earlier in the run may have brought many tags.
    const tags = await publicRest()
      .collection('tags')
      .find({ filters: { documentId: { $eq: tag.documentId } } });
    assert.ok(tags.data.some((t) => t.documentId === tag.documentId));
    const write = await http<ErrorAnswer>('/api/sections', { method: 'POST', json: { data: { name: 'Hijacked' } } });
    assert.ok([403, 404, 405].includes(write.status), `POST /api/sections answered ${write.status}`);
  });

  it('appear in the by-slug story and its JSON-LD', async () => {
    const answer = await http<Answer<ArticleAnswer, StoryMeta>>(`/api/articles/slug/${newer.slug}`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.section?.name, korea.name);
    assert.deepEqual(
      answer.body.data.tags?.map((t) => t.slug),
      [tag.slug]
    );
    assert.equal(answer.body.meta.jsonLd.articleSection, korea.name);
    assert.deepEqual(answer.body.meta.jsonLd.keywords, [tag.name]);
  });

  for (const [kind, plural] of [
    ['section', 'sections'],
    ['tag', 'tags'],
  ] as const) {
    it(`list a ${kind}'s published stories by slug, newest first, paginated, drafts never`, async () => {
      const term = kind === 'section' ? korea : tag;
      const path = `/api/${plural}/slug/${term.slug}`;
      const page = await http<Answer<TermAnswer, ListMeta>>(`${path}?pagination[pageSize]=1&status=draft`);
      assert.equal(page.status, 200);
      assert.equal(page.body.data.name, term.name);
      assert.deepEqual(
        page.body.data.articles?.map((a) => a.documentId),
        [newer.documentId]
      );
      assert.deepEqual(page.body.meta.pagination, { page: 1, pageSize: 1, pageCount: 2, total: 2 });
      const second = await http<Answer<TermAnswer, ListMeta>>(`${path}?pagination[page]=2&pagination[pageSize]=1`);
      assert.deepEqual(
        second.body.data.articles?.map((a) => a.documentId),
        [older.documentId]
      );
      assert.ok(!JSON.stringify(page.body).includes(draft.documentId), 'a draft reached the public list');
      assert.equal((await http<ErrorAnswer>(`/api/${plural}/slug/no-such-${kind}`)).status, 404);
    });
  }

  it('show no draft over GraphQL, whatever status is asked for', async () => {
    const result = await publicGraphql().request<{ tags: Array<{ articles: Array<{ documentId: string }> }> }>(
      gql`
        query ($slug: String!) {
          tags(filters: { slug: { eq: $slug } }, status: DRAFT) {
            articles {
              documentId
            }
          }
        }
      `,
      { slug: tag.slug }
    );
    const ids = result.tags[0].articles.map((a) => a.documentId).sort();
    assert.deepEqual(ids, [newer.documentId, older.documentId].sort());
  });

  it('a renamed section reaches the cached story page at once', async () => {
    const path = `/api/articles/slug/${older.slug}`;
    assert.equal((await http<Answer<ArticleAnswer>>(path)).body.data.section?.name, korea.name);
    const renamed = unique('Korean Peninsula');
    await adminWrite(SECTION, { name: renamed }, korea.documentId);
    assert.equal((await http<Answer<ArticleAnswer>>(path)).body.data.section?.name, renamed);
  });
});
