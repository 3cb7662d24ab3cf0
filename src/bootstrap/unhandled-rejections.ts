import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../database/database-unavailable';

let installed = false;

/**
 * Node ends the process on an unhandled rejection, and Strapi leaves some queries running that nobody
 * awaits any more. Its entity validator runs its uniqueness queries side by side: when one field fails,
 * the request's transaction ends and is answered 400 while the sibling queries still run, and their
 * rejection (on PostgreSQL: "Transaction query already complete") arrives with nobody waiting. When
 * PostgreSQL ends every session, a sibling of a query whose failure already answered the request, inside
 * Strapi's populate, fails the same way. Either must cost a log line, not every request in flight.
 */
export function logUnhandledRejections(strapi: Core.Strapi) {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    if (isDatabaseUnavailable(reason)) strapi.log.warn(`a query failed after its request was answered: ${message}`);
    else strapi.log.error(`Unhandled rejection (kept running): ${message}`);
  });
}
