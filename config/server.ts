import type { Core } from '@strapi/strapi';
import { secretList } from './helpers/secret';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('SERVER_URL', ''),
  app: {
    keys: secretList(env, 'APP_KEYS', ['dev-app-key-1', 'dev-app-key-2']),
  },
});
