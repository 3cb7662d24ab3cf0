import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../database/database-unavailable';

let installed = false;

/**
 * Node ends the process on an unhandled rejection, and Strapi leaves some queries running that nobody
 * awaits any more: when PostgreSQL ends every session, a sibling of a query whose failure already
 * answered the request, inside Strapi's populate, fails with nobody waiting. That must cost a log line,
 * not every request in flight. (The entity validator's queries were another such source until yup
 * 0.32.11, see package.json's overrides.)
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
