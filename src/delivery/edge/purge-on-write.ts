import type { Core } from '@strapi/strapi';
import { paramsOf, type ActionResult, type DocumentMiddleware } from '../../document-middleware';
import { documentKey, typeKey } from './edge-keys';
import { enqueuePurge } from './purge-outbox';
import type { Purge } from './purge-requests';
import { contentTypeSchema } from './loose-schemas';
import { typeName } from './read-recorder';

const TAKES_DOWN = new Set(['unpublish', 'delete']);
const ALWAYS_SHOWS = new Set(['publish', ...TAKES_DOWN]);
const WRITES = new Set(['create', 'clone', 'update', ...ALWAYS_SHOWS]);

/**
 * What public answers a write changes, or null when it changes none: on a
 * draft & publish type an edit of the draft, a new draft or a discarded
 * draft show nowhere. Taking a story down is purged hard; anything else
 * softly, so readers get the old copy for the moment the edge takes to
 * fetch the new one.
 */
export function purgeFor(write: {
  action: string;
  status?: string;
  draftAndPublish: boolean;
  documentId: string;
  type: string;
}): Purge | null {
  if (!WRITES.has(write.action)) return null;
  if (!ALWAYS_SHOWS.has(write.action) && write.draftAndPublish && write.status !== 'published') return null;
  return { keys: [documentKey(write.documentId), typeKey(write.type)], soft: !TAKES_DOWN.has(write.action) };
}

/**
 * Document middleware: a write to a public type puts its purge in the
 * outbox inside the write's own transaction, and nudges this process's
 * sender once that transaction commits.
 */
export const purgeOnWrite =
  (strapi: Core.Strapi, nudge: () => void): DocumentMiddleware =>
  async (ctx, next) => {
    if (!ctx.uid.startsWith('api::') || !WRITES.has(ctx.action)) return next();
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      const result = await next();
      const documentId = paramsOf(ctx).documentId ?? (result as ActionResult)?.documentId;
      const purge =
        documentId && result
          ? purgeFor({
              action: ctx.action,
              status: paramsOf(ctx).status,
              draftAndPublish: Boolean(contentTypeSchema(strapi, ctx.uid)?.options?.draftAndPublish),
              documentId,
              type: typeName(strapi, ctx.uid),
            })
          : null;
      if (purge) {
        await enqueuePurge(trx, purge);
        onCommit(nudge);
      }
      return result;
    });
  };
