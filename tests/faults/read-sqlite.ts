import { createRequire } from 'module';

/** The part of better-sqlite3 the tests read with (the package ships no types; the app uses it through knex). */
export interface SqliteReader {
  prepare: (sql: string) => { all: () => unknown[]; get: () => unknown };
  pragma: (source: string, options: { simple: true }) => unknown;
  close: () => void;
}

type SqliteOpen = new (filename: string, options: { readonly: boolean }) => SqliteReader;

export const openReadOnly = (filename: string) => {
  const Database = createRequire(__filename)('better-sqlite3') as SqliteOpen;
  return new Database(filename, { readonly: true });
};
