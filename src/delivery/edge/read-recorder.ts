import type { Core } from '@strapi/strapi';
import { documentsIn, type SchemaOf } from './documents-in';
import { componentSchema, contentTypeSchema } from './loose-schemas';
import type { AnswerReads } from './edge-keys';

/**
 * What a public answer shows, recorded as the database reads it: one
 * lifecycle subscriber sees every read of every path (REST, by-slug pages,
 * GraphQL resolvers and their relation loads), so no controller has to
 * declare what it shows and none can forget to.
 */
const READS = Symbol('newsroom.edgeReads');

type WithReads = { state: Record<string | symbol, unknown> };

export const startRecording = (ctx: WithReads): AnswerReads => {
  const reads: AnswerReads = { documents: new Map(), lists: new Set() };
  ctx.state[READS] = reads;
  return reads;
};

export const recordedReads = (ctx: WithReads) => ctx.state[READS] as AnswerReads | undefined;

/** Merges reads kept with a cached page into the current answer's. */
export function mergeReads(into: AnswerReads, from: AnswerReads) {
  for (const [type, ids] of from.documents) {
    const target = into.documents.get(type) ?? new Set<string>();
    for (const id of ids) target.add(id);
    into.documents.set(type, target);
  }
  for (const type of from.lists) into.lists.add(type);
}

/** What this request has read so far, to keep beside an answer cached in the process. */
export const snapshotReads = (ctx: WithReads): AnswerReads | undefined => {
  const reads = recordedReads(ctx);
  if (!reads) return undefined;
  const copy: AnswerReads = { documents: new Map(), lists: new Set() };
  mergeReads(copy, reads);
  return copy;
};

/** An answer served from a process's cache shows what it showed when it was rendered. */
export const replayReads = (ctx: WithReads, reads: AnswerReads | undefined) => {
  const current = recordedReads(ctx);
  if (current && reads) mergeReads(current, reads);
};

/** The key an edge files a type's answers under: the type's singular name. */
export const typeName = (strapi: Core.Strapi, uid: string) => contentTypeSchema(strapi, uid)?.info?.singularName ?? uid;

/** Public content: the app's types and media, not users, roles or the plugins' own tables. */
const isPublicContent = (uid: string) => uid.startsWith('api::') || uid === 'plugin::upload.file';

const schemaOf = (strapi: Core.Strapi): SchemaOf => ({
  contentType: (uid) => contentTypeSchema(strapi, uid)?.attributes,
  component: (uid) => componentSchema(strapi, uid)?.attributes,
});

interface ReadEvent {
  model: { uid: string };
  result?: unknown;
}

export function recordReads(strapi: Core.Strapi) {
  const schema = schemaOf(strapi);
  const current = () => {
    const ctx = strapi.requestContext.get() as WithReads | undefined;
    return ctx ? recordedReads(ctx) : undefined;
  };
  const record = (event: ReadEvent, { list }: { list: boolean }) => {
    const reads = current();
    if (!reads || !isPublicContent(event.model.uid)) return;
    const empty = event.result == null || (Array.isArray(event.result) && event.result.length === 0);
    // A list, a count, or a lookup that found nothing all change when any document of the type does.
    if (list || empty) reads.lists.add(typeName(strapi, event.model.uid));
    const found = documentsIn(schema, event.model.uid, event.result);
    for (const [uid, ids] of found.documents) {
      if (isPublicContent(uid))
        mergeReads(reads, { documents: new Map([[typeName(strapi, uid), ids]]), lists: new Set() });
    }
    for (const uid of found.lists) if (isPublicContent(uid)) reads.lists.add(typeName(strapi, uid));
  };
  strapi.db.lifecycles.subscribe({
    afterFindOne: (event: ReadEvent) => record(event, { list: false }),
    afterFindMany: (event: ReadEvent) => record(event, { list: true }),
    afterCount: (event: ReadEvent) => record(event, { list: true }),
  });
}
