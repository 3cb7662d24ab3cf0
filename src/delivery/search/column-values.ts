/**
 * Strapi's database metadata, as search's own SQL reads it: the table of a model, the column of each
 * attribute, and the join tables of its relations and dynamic zones.
 */
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { typeColumn: { name: string }; idColumn: { name: string } };
}
export interface ModelMeta {
  tableName: string;
  attributes: Record<string, { type?: string; columnName?: string; target?: string; joinTable?: JoinTable }>;
}

export const columnOf = (meta: ModelMeta, attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;

/** A column's value as the query engine hands it on: datetimes as ISO strings, integers as numbers. */
export const fromColumn = (type: string | undefined, value: unknown) => {
  if (value === null || value === undefined) return null;
  if (type === 'datetime') {
    const date = value instanceof Date ? value : new Date(value as string | number);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (type === 'integer') return Number(value);
  // SQLite keeps JSON as text; PostgreSQL's driver has already parsed it.
  if ((type === 'json' || type === 'blocks') && typeof value === 'string') return JSON.parse(value) as unknown;
  return value;
};
