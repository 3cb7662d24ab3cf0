import type { Core } from '@strapi/strapi';

let installed = false;

/**
 * Node ends the process on an unhandled rejection. Strapi's entity validator runs its uniqueness
 * queries side by side; when one field fails, the request's transaction ends and is answered 400
 * while its sibling queries still run, and their rejection (on PostgreSQL: "Transaction query already
 * complete") arrives with nobody waiting. That must cost a log line, not every request in flight.
 */
export function logUnhandledRejections(strapi: Core.Strapi) {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    strapi.log.error(
      `Unhandled rejection (kept running): ${reason instanceof Error ? reason.message : String(reason)}`
    );
  });
}
