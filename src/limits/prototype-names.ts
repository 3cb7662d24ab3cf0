/**
 * Names that every plain object answers to. Strapi 5 checks a `fields` entry with `attributes[name]`, so
 * `fields[0]=constructor` passes its validation and reaches SQL as a column that does not exist (a 500).
 */
const PROTOTYPE_NAMES = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);

export const isPrototypeName = (name: string) => PROTOTYPE_NAMES.has(name.trim());

const fieldNames = (fields: unknown): string[] =>
  typeof fields === 'string'
    ? fields.split(',')
    : Array.isArray(fields)
      ? fields.flatMap(fieldNames)
      : fields !== null && typeof fields === 'object'
        ? Object.values(fields).flatMap(fieldNames)
        : [];

/** The first `fields` entry, at any depth of a REST query (populate has its own), that names a prototype member. */
export function prototypeFieldIn(query: unknown, seen = 0): string | undefined {
  if (query === null || typeof query !== 'object' || seen > 50) return undefined;
  for (const [key, value] of Object.entries(query)) {
    if (key === 'fields') {
      const bad = fieldNames(value).find(isPrototypeName);
      if (bad !== undefined) return bad;
    }
    const nested = prototypeFieldIn(value, seen + 1);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/**
 * The first key at any depth of a request body that names a prototype member. Strapi 5 builds its
 * validator from `attributes[key]`, so `{ "constructor": … }` reaches yup as a schema (a 500).
 */
export function prototypeKeyIn(body: unknown, depth = 0): string | undefined {
  if (body === null || typeof body !== 'object' || depth > 64) return undefined;
  for (const [key, value] of Object.entries(body)) {
    if (!Array.isArray(body) && isPrototypeName(key)) return key;
    const nested = prototypeKeyIn(value, depth + 1);
    if (nested !== undefined) return nested;
  }
  return undefined;
}
