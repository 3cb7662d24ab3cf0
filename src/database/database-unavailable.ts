/**
 * Errors that mean "the database is not there right now" rather than "this
 * request is wrong": the server closed or refused the connection, is shutting
 * down or starting up, the pool could not hand out a connection in time, or
 * SQLite's file is locked by another writer. A client may retry those (503);
 * every other error keeps its own status.
 */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: "terminating connection due to administrator command"
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
]);

const MESSAGES = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Timeout acquiring a connection/i,
  /the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
  /Client was closed and is not queryable/i,
  /database is locked/i,
  /Query read timeout/i,
  /timeout expired/i, // pg: connectionTimeoutMillis
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  errors?: unknown;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, name, cause, errors } = error as ErrorLike;
  if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true; // 08: connection exception
  if (name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
