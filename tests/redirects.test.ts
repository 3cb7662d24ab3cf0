import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer, ArticleAnswer } from './support/answers';
import { apiToken, http, trustedRest, unique } from './support/api';
import { redirectFrom, redirectsTo } from './support/admin';

const articles = () => trustedRest().collection('articles');
const publish = (documentId: string, data: object = {}) =>
  http<Answer<ArticleAnswer>>(`/api/articles/${documentId}?status=published`, {
    method: 'PUT',
    token: apiToken,
    json: { data },
  });

describe('slug redirects', () => {
  it('keep the old slug of a published story when an editor changes it', async () => {
    const story = (await articles().create({ title: unique('Renamed Story') }, { status: 'published' })).data;
    assert.deepEqual(await redirectsTo(story.documentId), []);

    const renamed = await publish(story.documentId, { slug: unique('renamed story new address').replace(/ /g, '-') });
    assert.equal(renamed.status, 200);
    assert.notEqual(renamed.body.data.slug, story.slug);
    assert.deepEqual(await redirectsTo(story.documentId), [story.slug]);

    // Renaming again keeps both old addresses leading to the story.
    const third = await publish(story.documentId, { slug: unique('third address').replace(/ /g, '-') });
    assert.deepEqual(await redirectsTo(story.documentId), [story.slug, renamed.body.data.slug].sort());
    assert.ok(third.body.data.slug);
  });

  it('make no redirect for a draft that was never public', async () => {
    const draft = (await articles().create({ title: unique('Quiet Draft') }, { status: 'draft' })).data;
    await articles().update(
      draft.documentId,
      { slug: unique('quiet draft moved').replace(/ /g, '-') },
      {
        status: 'draft',
      }
    );
    assert.deepEqual(await redirectsTo(draft.documentId), []);
  });

  it('let a new story claim an old slug; once it is live the redirect goes', async () => {
    const old = (await articles().create({ title: unique('Old Owner') }, { status: 'published' })).data;
    await publish(old.documentId, { slug: `${old.slug}-moved` });
    assert.equal((await redirectFrom(old.slug))?.targetDocumentId, old.documentId);

    const claimant = (await articles().create({ title: 'Claimant', slug: old.slug }, { status: 'draft' })).data;
    assert.equal(claimant.slug, old.slug);
    assert.ok(await redirectFrom(old.slug), 'the redirect serves the old address until the claimant is live');

    await publish(claimant.documentId);
    assert.equal(await redirectFrom(old.slug), undefined);
  });

  it('go when their story is deleted', async () => {
    const story = (await articles().create({ title: unique('Short Lived') }, { status: 'published' })).data;
    await publish(story.documentId, { slug: `${story.slug}-v2` });
    assert.equal((await redirectsTo(story.documentId)).length, 1);
    await articles().delete(story.documentId);
    assert.deepEqual(await redirectsTo(story.documentId), []);
  });

  it('apply to authors, which are live from the start', async () => {
    const author = (
      await trustedRest()
        .collection('authors')
        .create({ name: unique('Renamed Reporter') })
    ).data;
    const renamed = (
      await trustedRest()
        .collection('authors')
        .update(author.documentId, { slug: `${author.slug}-new` })
    ).data;
    assert.equal(renamed.slug, `${author.slug}-new`);
    assert.deepEqual(await redirectsTo(author.documentId, 'api::author.author'), [author.slug]);
    const retitled = (
      await trustedRest().collection('authors').update(author.documentId, { name: 'Completely Different' })
    ).data;
    assert.equal(retitled.slug, renamed.slug, 'a live author keeps the slug when the name changes');
  });
});
