import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPreviewHandler, previewFrameOrigins } from './preview-config';
import { verifyPreviewToken } from './signed-link';

const signing = { secret: 's3cret', ttlSeconds: 900, baseUrl: '', contentTypes: ['api::article.article'] };
const NOW_MS = 1_800_000_000_000;
const handler = createPreviewHandler(signing, () => NOW_MS);

const tokenOf = (link: string | null) => (link ?? '').split('/preview/')[1];

describe('the Preview button handler', () => {
  it('links a draft to the story page on this origin, for ttlSeconds', () => {
    const link = handler('api::article.article', { documentId: 'abc123', status: 'draft' });
    assert.match(link ?? '', /^\/preview\/abc123\.d\.1800000900\./);
    assert.deepEqual(verifyPreviewToken(tokenOf(link), 's3cret', 1_800_000_000), {
      valid: true,
      claims: { documentId: 'abc123', status: 'draft', expiresAt: 1_800_000_900 },
    });
    assert.equal(verifyPreviewToken(tokenOf(link), 's3cret', 1_800_000_900).valid, false);
  });

  it('keeps the published tab on the published version', () => {
    const link = handler('api::article.article', { documentId: 'abc123', status: 'published' });
    assert.match(link ?? '', /^\/preview\/abc123\.p\./);
  });

  it('treats a missing status as the draft', () => {
    assert.match(handler('api::article.article', { documentId: 'abc123' }) ?? '', /\.d\./);
  });

  it('offers no preview for types without a story page, or without a document', () => {
    assert.equal(handler('api::author.author', { documentId: 'abc123', status: 'draft' }), null);
    assert.equal(handler('api::article.article', { status: 'draft' }), null);
  });

  it('links to a story page on another origin', () => {
    const elsewhere = createPreviewHandler({ ...signing, baseUrl: 'https://www.example.com/' }, () => NOW_MS);
    assert.match(
      elsewhere('api::article.article', { documentId: 'abc123' }) ?? '',
      /^https:\/\/www\.example\.com\/preview\/abc123\./
    );
  });

  it('lets the admin panel frame itself and the story page origin', () => {
    assert.deepEqual(previewFrameOrigins(''), ["'self'"]);
    assert.deepEqual(previewFrameOrigins('https://www.example.com/news'), ["'self'", 'https://www.example.com']);
  });
});
