import type { Core } from '@strapi/strapi';
import type { Next, RequestContext } from '../request-context';
import { edgeConfig } from '../delivery/edge/edge-config';
import { answerKeys, formatKeys } from '../delivery/edge/edge-keys';
import { isPublicRead } from '../delivery/edge/public-read';
import { startRecording } from '../delivery/edge/read-recorder';

/** Answers an edge may keep: found, moved, or not found (a 404 keyed on its type goes when one is published). */
const KEYED_STATUSES = new Set([200, 301, 304, 404]);

/**
 * Names, in the header the edge reads (`xkey`, `Surrogate-Key` or `Cache-Tag`), every document a public
 * answer shows and every list it is, as the database read them for it (see delivery/edge/read-recorder.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { tagHeader } = edgeConfig(strapi);
  return async (ctx: RequestContext, next: Next) => {
    if (!isPublicRead(ctx)) return next();
    const reads = startRecording(ctx);
    await next();
    if (!KEYED_STATUSES.has(ctx.status)) return;
    const keys = answerKeys(reads);
    if (keys.length) ctx.set(tagHeader, formatKeys(keys, tagHeader));
  };
};
