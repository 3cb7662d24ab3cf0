import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Signed preview links: a draft reaches the reference story page only through
 * a token the server signed, for one document, until a moment. The browser
 * holds the token and nothing else — no API token, no admin session.
 *
 *   <documentId>.<d|p>.<expires, unix seconds>.<HMAC-SHA256, base64url>
 *
 * The HMAC covers the document id, the version (draft or published) and the
 * expiry, under a secret from the configuration (PREVIEW_SECRET).
 */
export type PreviewStatus = 'draft' | 'published';

export interface PreviewClaims {
  documentId: string;
  status: PreviewStatus;
  /** unix seconds */
  expiresAt: number;
}

export type PreviewVerdict =
  { valid: true; claims: PreviewClaims } | { valid: false; reason: 'malformed' | 'signature' | 'expired' };

const STATUS_CODES: Record<PreviewStatus, string> = { draft: 'd', published: 'p' };
const STATUS_BY_CODE: Record<string, PreviewStatus> = { d: 'draft', p: 'published' };
// Strapi's document ids are 24 lowercase alphanumerics; accept a little more, never a dot.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const EXPIRY = /^[0-9]{1,12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const CONTEXT = 'newsroom-preview-v1';

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`${CONTEXT}.${payload}`).digest('base64url');

export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  if (!secret) throw new Error('A preview secret is required to sign preview links');
  if (!DOCUMENT_ID.test(claims.documentId)) throw new Error(`Not a document id: "${claims.documentId}"`);
  if (!STATUS_CODES[claims.status]) throw new Error(`Not a preview status: "${claims.status}"`);
  if (!Number.isSafeInteger(claims.expiresAt) || claims.expiresAt < 0)
    throw new Error(`Not an expiry: ${claims.expiresAt}`);
  const payload = `${claims.documentId}.${STATUS_CODES[claims.status]}.${claims.expiresAt}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** Checks shape, then signature (in constant time), then expiry: a forged token never learns whether it expired. */
export function verifyPreviewToken(token: unknown, secret: string, nowSeconds: number): PreviewVerdict {
  if (typeof token !== 'string' || !secret) return { valid: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 4) return { valid: false, reason: 'malformed' };
  const [documentId, statusCode, expiry, signature] = parts;
  const status = STATUS_BY_CODE[statusCode];
  if (!DOCUMENT_ID.test(documentId) || !status || !EXPIRY.test(expiry) || !SIGNATURE.test(signature)) {
    return { valid: false, reason: 'malformed' };
  }
  const expected = Buffer.from(sign(`${documentId}.${statusCode}.${expiry}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { valid: false, reason: 'signature' };
  const expiresAt = Number(expiry);
  if (expiresAt <= nowSeconds) return { valid: false, reason: 'expired' };
  return { valid: true, claims: { documentId, status, expiresAt } };
}

export const nowInSeconds = (now = Date.now()) => Math.floor(now / 1000);
