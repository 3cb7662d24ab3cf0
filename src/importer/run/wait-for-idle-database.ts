import type { Core } from '@strapi/strapi';

/** The part of knex's connection pool (tarn) this reads. */
interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Strapi runs commit callbacks (here: page-cache bumps) without awaiting
 * them, so the last story's bumps can still be on their way when an import
 * ends. A process that closes the pool then would abort them; wait until the
 * pool is idle first.
 */
export async function waitForIdleDatabase(strapi: Core.Strapi, timeoutMs = 10_000): Promise<void> {
  const pool: Pool | undefined = strapi.db.connection.client?.pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + timeoutMs;
  do await new Promise((resolve) => setTimeout(resolve, 20));
  while (busy() && Date.now() < deadline);
}
