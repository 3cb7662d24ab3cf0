import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from './signed-link';

const SECRET = 'a-test-secret';
const NOW = 1_800_000_000;
const draft: PreviewClaims = { documentId: 'hnx4y2pqrfy25i6bjd5dwoqb', status: 'draft', expiresAt: NOW + 600 };
const token = signPreviewToken(draft, SECRET);

/** Changes one character of `text` at `index` to another character of the same alphabet. */
const flip = (text: string, index: number) =>
  text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('signed preview links', () => {
  it('has the documented shape', () => {
    assert.match(token, /^hnx4y2pqrfy25i6bjd5dwoqb\.d\.1800000600\.[A-Za-z0-9_-]{43}$/);
  });

  it('round-trips a draft and a published version', () => {
    assert.deepEqual(verifyPreviewToken(token, SECRET, NOW), { valid: true, claims: draft });
    const published = { ...draft, status: 'published' as const };
    assert.deepEqual(verifyPreviewToken(signPreviewToken(published, SECRET), SECRET, NOW), {
      valid: true,
      claims: published,
    });
  });

  const [documentId, status, expiry, signature] = token.split('.');
  const cases: [string, unknown, string, number, string][] = [
    ['expired a second ago', signPreviewToken({ ...draft, expiresAt: NOW - 1 }, SECRET), SECRET, NOW, 'expired'],
    ['expiring now', token, SECRET, draft.expiresAt, 'expired'],
    ['signed with another secret', signPreviewToken(draft, 'another-secret'), SECRET, NOW, 'signature'],
    [
      'with a later expiry written in',
      [documentId, status, String(draft.expiresAt + 86400), signature].join('.'),
      SECRET,
      NOW,
      'signature',
    ],
    [
      'with another document id',
      ['aaaaaaaaaaaaaaaaaaaaaaaa', status, expiry, signature].join('.'),
      SECRET,
      NOW,
      'signature',
    ],
    ['turned from draft to published', [documentId, 'p', expiry, signature].join('.'), SECRET, NOW, 'signature'],
    [
      'with one signature character changed',
      [documentId, status, expiry, flip(signature, 5)].join('.'),
      SECRET,
      NOW,
      'signature',
    ],
    [
      'with the signature cut short',
      [documentId, status, expiry, signature.slice(0, 42)].join('.'),
      SECRET,
      NOW,
      'malformed',
    ],
    ['without a signature', [documentId, status, expiry].join('.'), SECRET, NOW, 'malformed'],
    ['with an unknown status', [documentId, 'x', expiry, signature].join('.'), SECRET, NOW, 'malformed'],
    ['with a negative expiry', [documentId, status, '-5', signature].join('.'), SECRET, NOW, 'malformed'],
    ['empty', '', SECRET, NOW, 'malformed'],
    ['not a string', 42, SECRET, NOW, 'malformed'],
    ['checked without a secret', token, '', NOW, 'malformed'],
  ];
  for (const [name, candidate, secret, now, reason] of cases) {
    it(`refuses a token ${name}`, () => {
      assert.deepEqual(verifyPreviewToken(candidate, secret, now), { valid: false, reason });
    });
  }

  it('will not sign what it could not verify', () => {
    assert.throws(() => signPreviewToken(draft, ''), /secret/);
    assert.throws(() => signPreviewToken({ ...draft, documentId: 'a.b' }, SECRET), /document id/);
    assert.throws(() => signPreviewToken({ ...draft, status: 'modified' as unknown as 'draft' }, SECRET), /status/);
    assert.throws(() => signPreviewToken({ ...draft, expiresAt: 1.5 }, SECRET), /expiry/);
  });
});
