import type { Core } from '@strapi/strapi';
import { secretList } from './helpers/secret';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('SERVER_URL', ''),
  // Behind a proxy (a load balancer, the edge), the client's address is what the proxy appends to
  // X-Forwarded-For: trusted only when SERVER_PROXY says there is one, and only the last
  // SERVER_PROXY_HOPS entries, so a client cannot choose its own address by sending the header.
  proxy: {
    koa: env.bool('SERVER_PROXY', false),
    maxIpsCount: env.int('SERVER_PROXY_HOPS', 1),
  },
  app: {
    keys: secretList(env, 'APP_KEYS', ['dev-app-key-1', 'dev-app-key-2']),
  },
});
