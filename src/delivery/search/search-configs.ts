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
