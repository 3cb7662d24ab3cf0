import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * Marks the request (through Strapi's request context) whose query lost its
 * connection or whose connection could not be made: users-permissions swallows
 * such errors and answers 401, and by the time that 401 goes out the database
 * may be back, so asking it then proves nothing.
 */
export function markRequestsOnLostConnection(strapi: Core.Strapi) {
  const mark = (error: unknown) => {
    const ctx = strapi.requestContext.get();
    if (ctx && isDatabaseUnavailable(error)) ctx.state.databaseUnavailable = true;
  };
  const knex = strapi.db.connection;
  knex.on('query-error', mark);
  const client = knex.client as { acquireConnection: () => Promise<unknown> };
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = async () => {
    try {
      return await acquire();
    } catch (error) {
      mark(error);
      throw error;
    }
  };
}
