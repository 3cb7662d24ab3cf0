import type { Core } from '@strapi/strapi';
import type { Attributes } from './text/read-document';
import type { SchemaLookup } from './config/check-schemas';

/**
 * The plugin is configured with uids the app chooses, so it reads schemas by plain string;
 * Strapi's generated types only know the uids of the app they were generated in.
 */
type LooseRegistry = Record<
  string,
  | {
      attributes: Attributes;
      options?: { draftAndPublish?: boolean };
      pluginOptions?: { i18n?: { localized?: boolean } };
      info?: { singularName?: string };
    }
  | undefined
>;

const contentTypes = (strapi: Core.Strapi) => strapi.contentTypes as unknown as LooseRegistry;
const components = (strapi: Core.Strapi) => strapi.components as unknown as LooseRegistry;

export const modelAttributes = (strapi: Core.Strapi, uid: string): Attributes =>
  contentTypes(strapi)[uid]?.attributes ?? {};
export const componentAttributes = (strapi: Core.Strapi, uid: string): Attributes | undefined =>
  components(strapi)[uid]?.attributes;
export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string) =>
  Boolean(contentTypes(strapi)[uid]?.options?.draftAndPublish);
export const isLocalized = (strapi: Core.Strapi, uid: string) =>
  Boolean(contentTypes(strapi)[uid]?.pluginOptions?.i18n?.localized);
export const singularName = (strapi: Core.Strapi, uid: string) =>
  contentTypes(strapi)[uid]?.info?.singularName ?? 'document';

/** The database column of an attribute (Strapi renames some, e.g. publishedAt → published_at). */
export const columnName = (strapi: Core.Strapi, uid: string, field: string): string =>
  (strapi.db.metadata.get(uid).attributes[field] as { columnName?: string } | undefined)?.columnName ?? field;

export const schemaLookup = (strapi: Core.Strapi): SchemaLookup => ({
  contentTypeUids: () => Object.keys(contentTypes(strapi)),
  contentType: (uid) => contentTypes(strapi)[uid]?.attributes,
  component: (uid) => componentAttributes(strapi, uid),
  draftAndPublish: (uid) => hasDraftAndPublish(strapi, uid),
});
