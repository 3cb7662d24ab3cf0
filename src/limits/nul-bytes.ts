/**
 * The path to the first string holding a NUL character, at any depth. PostgreSQL's text types cannot
 * hold one ("invalid byte sequence for encoding UTF8: 0x00", a 500), SQLite stores it silently; no
 * headline, name or filter needs one.
 */
export function nulBytePath(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = nulBytePath(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
