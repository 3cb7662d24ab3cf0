import type { Core } from '@strapi/strapi';
import path from 'path';
import { sqliteAfterCreate } from './helpers/sqlite-connection';

/**
 * SQLite in .tmp/ is the embedded default so a fresh clone runs with nothing
 * else installed; production runs on PostgreSQL (DATABASE_URL or the
 * host/port/name/user/password variables).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite') as string;

  const connections = {
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'newsroom'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false) && {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
        // Bounds on a connection that is being made, or whose server went away mid-query
        // without closing it: a request then fails (503) instead of waiting for ever.
        connectionTimeoutMillis: env.int('DATABASE_CONNECT_TIMEOUT', 5000),
        query_timeout: env.int('DATABASE_QUERY_TIMEOUT', 30000),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', path.join('.tmp', 'data.db'))),
      },
      useNullAsDefault: true,
      pool: { afterCreate: sqliteAfterCreate(env.int('DATABASE_BUSY_TIMEOUT', 10000)) },
    },
  };

  if (!(client === 'postgres' || client === 'sqlite')) {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
