/**
 * The first `__component` at any depth of a request body that names no component. Strapi 5 looks
 * components up as `strapi.components[name]`, so `constructor` or `toString` find a function and its
 * input traversal crashes (a 500) where an unknown name is a 400.
 */
export function unknownComponentIn(body: unknown, isKnown: (uid: string) => boolean, depth = 0): string | undefined {
  if (body === null || typeof body !== 'object' || depth > 64) return undefined;
  if (!Array.isArray(body) && '__component' in body) {
    const uid = (body as { __component: unknown }).__component;
    if (typeof uid === 'string' && !isKnown(uid)) return uid;
  }
  for (const value of Object.values(body)) {
    const found = unknownComponentIn(value, isKnown, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
