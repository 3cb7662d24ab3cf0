/**
 * Which documents a read returned, with their content types, walking the
 * result by its schema: relations, media, components and dynamic zones
 * alike. Pure: the schema comes in as two lookups, so it is tested without
 * booting Strapi.
 */
export interface WalkedAttribute {
  type: string;
  target?: string;
  component?: string;
  /** set on the inverse side of a relation, whose members change by writes to the other side */
  mappedBy?: string;
}
export type WalkedAttributes = Record<string, WalkedAttribute>;

export interface SchemaOf {
  contentType: (uid: string) => WalkedAttributes | undefined;
  component: (uid: string) => WalkedAttributes | undefined;
}

const MEDIA = 'plugin::upload.file';

export interface Found {
  /** documentIds per content type uid */
  documents: Map<string, Set<string>>;
  /** uids of the types whose membership the result lists: an inverse relation changes when any of them is written */
  lists: Set<string>;
}

const add = (found: Found, uid: string, documentId: string) => {
  const ids = found.documents.get(uid) ?? new Set<string>();
  ids.add(documentId);
  found.documents.set(uid, ids);
};

const asRecords = (value: unknown): Record<string, unknown>[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null
  );

function walkFields(schema: SchemaOf, attributes: WalkedAttributes, row: Record<string, unknown>, found: Found) {
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = row[name];
    if (value == null) continue;
    if (attribute.type === 'relation' && attribute.target) {
      if (attribute.mappedBy) found.lists.add(attribute.target);
      walkDocuments(schema, attribute.target, value, found);
    } else if (attribute.type === 'media') walkDocuments(schema, MEDIA, value, found);
    else if (attribute.type === 'component' && attribute.component) {
      const fields = schema.component(attribute.component);
      if (fields) for (const item of asRecords(value)) walkFields(schema, fields, item, found);
    } else if (attribute.type === 'dynamiczone') {
      for (const item of asRecords(value)) {
        const fields = typeof item.__component === 'string' ? schema.component(item.__component) : undefined;
        if (fields) walkFields(schema, fields, item, found);
      }
    }
  }
}

function walkDocuments(schema: SchemaOf, uid: string, value: unknown, found: Found) {
  const attributes = schema.contentType(uid);
  for (const row of asRecords(value)) {
    if (typeof row.documentId === 'string' && row.documentId) add(found, uid, row.documentId);
    if (attributes) walkFields(schema, attributes, row, found);
  }
}

/** What `result`, a row or rows of `uid` as the database returned them, shows. */
export function documentsIn(schema: SchemaOf, uid: string, result: unknown): Found {
  const found: Found = { documents: new Map(), lists: new Set() };
  walkDocuments(schema, uid, result, found);
  return found;
}
