/**
 * How many relation levels a REST `populate` asks for, in every shape Strapi 5 accepts: `*`,
 * `a,b.c`, `['a', 'b.c']`, `{ a: true, b: { populate: … } }` and dynamic zones'
 * `{ body: { on: { 'x.y': { populate: … } } } }` (a component of a zone is no level of its own).
 * Each level is a join per row, so a deep populate is a cheap request that costs the database dearly.
 */
export function populateDepth(populate: unknown): number {
  if (populate === undefined || populate === null || populate === false || populate === '') return 0;
  if (typeof populate === 'string')
    return Math.max(0, ...populate.split(',').map((path) => path.split('.').filter(Boolean).length));
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (typeof populate !== 'object') return 1;
  return Math.max(0, ...Object.values(populate).map((entry) => 1 + entryDepth(entry)));
}

/** What one populated field asks for below itself. */
function entryDepth(entry: unknown): number {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return 0;
  const { populate, on } = entry as { populate?: unknown; on?: unknown };
  const components =
    on !== null && typeof on === 'object' ? Object.values(on).map((component) => entryDepth(component)) : [];
  return Math.max(populateDepth(populate), ...components);
}
