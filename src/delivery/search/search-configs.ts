/**
 * The text-search configurations in use on PostgreSQL (besides `simple`), as this process last saw
 * them. A search builds its SQL from this list and its statement also reads the list afresh: when
 * another process has since indexed a story in a new language, the answer says so and the search is
 * asked again with the new list. So the list costs no round trip of its own, and is never stale.
 */
const seen = new WeakMap<object, string[]>();

/** Only names that are safe to write into SQL as they are (configurations are ours: `english`, …). */
const usable = (configs: string[]) => configs.filter((c) => /^[a-z_]+$/.test(c)).sort();

export const knownConfigs = (db: object) => seen.get(db) ?? [];

/** The list as a statement read it (space-separated); true when it differs from what the SQL used. */
export function configsChanged(db: object, used: string[], read: string) {
  const current = usable(read.split(' ').filter(Boolean));
  seen.set(db, current);
  return current.join(' ') !== used.join(' ');
}

const written = new WeakMap<object, Set<string>>();

/**
 * Whether `config` is surely in the configurations table already: this process wrote it there
 * outside any caller's transaction (so no rollback took it back), or a search read it there. A
 * story's write then skips the insert, a round trip on every write of a story in that language.
 */
export const configStored = (db: object, config: string) =>
  Boolean(written.get(db)?.has(config)) || knownConfigs(db).includes(config);

export function rememberConfigStored(db: object, config: string) {
  const configs = written.get(db) ?? new Set<string>();
  configs.add(config);
  written.set(db, configs);
}
