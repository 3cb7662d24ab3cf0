import type { Modules } from '@strapi/strapi';

/** A document-service middleware, as `strapi.documents.use` takes it. */
export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Modules.Documents.Middleware.Context;

/**
 * The parameters our middlewares read, whatever the action: Strapi types them per content
 * type and action, a union no generic middleware can narrow without naming every one.
 */
export interface ActionParams {
  documentId?: string;
  status?: string;
  locale?: unknown;
  data?: Record<string, unknown>;
}
export const paramsOf = (ctx: DocumentContext) => ctx.params as ActionParams;

/** What an action answers, as far as our middlewares read it. */
export type ActionResult = {
  documentId?: string;
  title?: unknown;
} | null;
