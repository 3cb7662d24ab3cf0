import { nowInSeconds, signPreviewToken } from './signed-link';

/**
 * The admin panel's Preview button (Strapi 5 `admin.preview`): the handler
 * turns an entry into a signed, expiring link to the reference story page.
 * Built from config/admin.ts; the route that checks the links reads the
 * same options from `admin.preview.signing`.
 */
export interface PreviewSigning {
  secret: string;
  /** how long a link opens the draft */
  ttlSeconds: number;
  /** where the story page lives; '' for this Strapi's own origin */
  baseUrl: string;
  /** content types that have a story page */
  contentTypes: string[];
}

export const DEV_PREVIEW_SECRET = 'dev-preview-secret';

/** `/preview/<token>`, under `baseUrl` when the story page lives elsewhere. */
export const previewLink = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/preview/${token}`;

export const createPreviewHandler =
  (signing: PreviewSigning, now: () => number = Date.now) =>
  (uid: string, { documentId, status }: { documentId?: string; locale?: string | null; status?: string }) => {
    if (!signing.contentTypes.includes(uid) || !documentId) return null;
    const token = signPreviewToken(
      {
        documentId,
        status: status === 'published' ? 'published' : 'draft',
        expiresAt: nowInSeconds(now()) + signing.ttlSeconds,
      },
      signing.secret
    );
    return previewLink(signing.baseUrl, token);
  };

/**
 * Origins the admin panel may frame (its CSP `frame-src`): itself, and the
 * story page's origin when that lives elsewhere.
 */
export const previewFrameOrigins = (baseUrl: string) => {
  const origins = ["'self'"];
  if (/^https?:\/\//i.test(baseUrl)) origins.push(new URL(baseUrl).origin);
  return origins;
};
