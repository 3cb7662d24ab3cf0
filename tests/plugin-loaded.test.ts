import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adminJwt, http, trustedRest, unique } from './support/api';

// If the compiled plugin were not loaded, Strapi would still boot and serve
// stories — just without slugs. These tests fail in that case.
describe('the newsroom plugin', () => {
  it('is loaded: its redirect content type is registered', async () => {
    const answer = await http<{ data: { uid: string }[] }>('/content-manager/content-types', { token: adminJwt });
    assert.equal(answer.status, 200);
    const uids = answer.body.data.map((type) => type.uid);
    assert.ok(uids.includes('plugin::newsroom.redirect'), `content types: ${uids.join(', ')}`);
  });

  it('is loaded: a story created over REST without a slug gets one', async () => {
    const title = unique('Plugin Loaded Check');
    const created = await trustedRest().collection('articles').create({ title });
    assert.match(created.data.slug, /^plugin-loaded-check-[a-z0-9]+$/);
  });
});
