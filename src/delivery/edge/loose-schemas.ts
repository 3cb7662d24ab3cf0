import type { Core } from '@strapi/strapi';
import type { WalkedAttributes } from './documents-in';

/**
 * Schemas looked up by a uid read at run time (a lifecycle event's model, a document middleware's uid):
 * Strapi's generated registry is keyed by the app's literal uids, which such a string is not.
 */
interface LooseSchema {
  attributes: WalkedAttributes;
  info?: { singularName?: string };
  options?: { draftAndPublish?: boolean };
}

export const contentTypeSchema = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentTypes as unknown as Record<string, LooseSchema | undefined>)[uid];
export const componentSchema = (strapi: Core.Strapi, uid: string) =>
  (strapi.components as unknown as Record<string, LooseSchema | undefined>)[uid];
