import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * When PostgreSQL ends every session, some queries fail that no one awaits any
 * more (a sibling of a query whose failure already answered the request, inside
 * Strapi's populate): Node.js would end the process on such an unhandled
 * rejection. A lost connection is logged and survived; any other unhandled
 * rejection still ends the process, as by default.
 */
export function surviveLostConnections(strapi: Core.Strapi) {
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    strapi.log.warn(`a query failed after its request was answered: ${(reason as Error).message}`);
  });
}
