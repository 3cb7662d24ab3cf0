import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';

interface PostgresConnection extends ClientConfig {
  schema?: string;
}

/**
 * Two processes starting at once on one PostgreSQL database (a rolling deploy)
 * would both create Strapi's tables, run its migrations and seed the
 * permissions and the sample story. The app's register runs before Strapi
 * syncs the schema and its bootstrap after everything else, so an advisory
 * lock held from one to the other makes the starts take turns: the second
 * finds what the first set up. The lock lives on a connection of its own,
 * outside Strapi's pool, and ends with it if the process dies.
 */
export function startUpLock(strapi: Core.Strapi) {
  let client: Client | undefined;
  const key = 'newsroom:start-up';

  return {
    async acquire() {
      const { client: dialect, connection } = strapi.config.get('database.connection') as {
        client: string;
        connection: PostgresConnection;
      };
      if (dialect !== 'postgres') return;
      // No query timeout here: waiting for another start-up can take as long as that start-up.
      const { schema, query_timeout: _unbounded, ...config } = connection;
      client = new Client({ ...config, connectionString: config.connectionString || undefined });
      // A lost lock connection must not end the process: the lock is then simply released.
      client.on('error', (error) => strapi.log.warn(`start-up lock connection: ${error.message}`));
      await client.connect();
      const started = Date.now();
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${key}:${schema ?? 'public'}`]);
      const waited = Date.now() - started;
      if (waited > 1000) strapi.log.info(`newsroom: waited ${waited} ms for another process's start-up`);
    },
    async release() {
      const held = client;
      client = undefined;
      await held?.end().catch(() => undefined); // ending the session releases the lock
    },
  };
}
