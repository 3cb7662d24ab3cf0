/**
 * Where a REST `filters` tree holds conditions as a list where Strapi expects an object of attributes:
 * at its root (`filters[0][title]=x`) or under an attribute (`filters[author][0][name]=x`). Lists belong to
 * operators (`$or`, `$and`, `$in`, `$between`, …); elsewhere Strapi's query builder throws
 * "Undefined attribute level operator" (a 500). A list of plain values under an attribute is left alone.
 */
/** Answers the key the misplaced list is under. */
export function misplacedListIn(filters: unknown, key = 'filters', depth = 0): string | undefined {
  if (filters === null || typeof filters !== 'object' || depth > 64) return undefined;
  if (Array.isArray(filters)) {
    const holdsConditions = filters.some((item) => item !== null && typeof item === 'object');
    if (!key.startsWith('$') && (depth === 0 || holdsConditions)) return key;
    for (const item of filters) {
      const found = misplacedListIn(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [inner, value] of Object.entries(filters)) {
    const found = misplacedListIn(value, inner, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const LOGICAL = new Set(['$and', '$or', '$not']);

/**
 * The first operator where attributes go: at the root of `filters` or of a condition inside `$and`,
 * `$or` or `$not` (`filters[$eq]=0`), which Strapi's query builder meets as an attribute (a 500).
 */
export function misplacedOperatorIn(filters: unknown, depth = 0): string | undefined {
  if (filters === null || typeof filters !== 'object' || depth > 64) return undefined;
  const conditions = Array.isArray(filters) ? filters : [filters];
  for (const condition of conditions) {
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) continue;
    for (const [key, value] of Object.entries(condition)) {
      if (!key.startsWith('$')) continue;
      if (!LOGICAL.has(key)) return key;
      const found = misplacedOperatorIn(value, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
