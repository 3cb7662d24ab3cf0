/** The part of a better-sqlite3 connection the pool hook touches. */
interface SqliteConnection {
  pragma: (source: string) => unknown;
  prepare: (source: string) => unknown;
}

/**
 * SQLite with more than one writer (the server and `npm run import`, or two
 * import processes): WAL, so readers never wait for a writer; a busy timeout,
 * so a writer waits for the other instead of failing at once; and every
 * transaction begun IMMEDIATE. knex begins them DEFERRED, as a read that is
 * upgraded at its first write, and an upgrade that finds another writer's
 * newer commit fails with SQLITE_BUSY at once, whatever the timeout: taking
 * the write lock at BEGIN makes that wait instead.
 */
export const sqliteAfterCreate =
  (busyTimeoutMs: number) =>
  (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => {
    try {
      connection.pragma('journal_mode = WAL');
      connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
      const prepare = connection.prepare.bind(connection);
      connection.prepare = (source: string) => prepare(source === 'BEGIN;' ? 'BEGIN IMMEDIATE;' : source);
      done(null, connection);
    } catch (error) {
      done(error as Error, connection);
    }
  };
