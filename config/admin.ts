import type { Core } from '@strapi/strapi';
import { secret } from './helpers/secret';
import {
  createPreviewHandler,
  DEV_PREVIEW_SECRET,
  previewFrameOrigins,
  type PreviewSigning,
} from '../src/preview/preview-config';
import { skipStrapiLimiter } from '../src/security/login-attempts';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  // Preview: the admin panel's Preview button opens the reference story page
  // through a signed, expiring link (src/preview/, public/story/).
  const previewEnabled = env.bool('PREVIEW_ENABLED', true);
  const signing: PreviewSigning = {
    secret: previewEnabled ? secret(env, 'PREVIEW_SECRET', DEV_PREVIEW_SECRET) : '',
    ttlSeconds: env.int('PREVIEW_TTL_SECONDS', 3600),
    baseUrl: env('PREVIEW_URL', ''),
    contentTypes: ['api::article.article'],
  };

  return {
    auth: {
      secret: secret(env, 'ADMIN_JWT_SECRET', 'dev-admin-jwt-secret'),
    },
    apiToken: {
      salt: secret(env, 'API_TOKEN_SALT', 'dev-api-token-salt'),
    },
    transfer: {
      token: {
        salt: secret(env, 'TRANSFER_TOKEN_SALT', 'dev-transfer-token-salt'),
      },
    },
    secrets: {
      encryptionKey: secret(env, 'ENCRYPTION_KEY', 'dev-encryption-key-32-characters'),
    },
    // Per process and counting successes: on /admin/login global::login-throttle replaces it; it still
    // guards registration and forgotten passwords.
    rateLimit: { skip: skipStrapiLimiter },
    flags: {
      nps: false,
      promoteEE: false,
    },
    // Screenshots written by npm run test:e2e are no reason to restart `npm run develop`.
    watchIgnoreFiles: ['**/tests/e2e/artifacts/**'],
    preview: {
      enabled: previewEnabled,
      config: {
        allowedOrigins: previewFrameOrigins(signing.baseUrl),
        handler: createPreviewHandler(signing),
      },
      // Read by the routes that check the links (src/api/preview/).
      signing,
    },
  };
};
