import { secret } from '../src/config-helpers/secret';

export default ({ env }) => ({
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
  flags: {
    nps: false,
    promoteEE: false,
  },
});
