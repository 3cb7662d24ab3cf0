import type { Core } from '@strapi/strapi';
import { checkEdgeConfig, edgeConfig, purgesConfigured } from './edge-config';
import { documentKey, typeKey } from './edge-keys';
import { enqueuePurge, ensureOutbox } from './purge-outbox';
import { purgeOnWrite } from './purge-on-write';
import { startPurgeSender } from './purge-sender';
import { recordReads } from './read-recorder';

type Sender = ReturnType<typeof startPurgeSender>;

/**
 * The origin's half of the edge: answers name what they show (read-recorder
 * and the edge-tags middleware), writes put purges in the outbox, and a
 * sender in every process delivers them.
 */
export function createEdge(strapi: Core.Strapi) {
  let sender: Sender | undefined;
  const nudge = () => sender?.nudge();

  return {
    register() {
      checkEdgeConfig(edgeConfig(strapi));
      if (purgesConfigured(edgeConfig(strapi))) strapi.documents.use(purgeOnWrite(strapi, nudge));
    },

    async bootstrap() {
      await ensureOutbox(strapi);
      recordReads(strapi);
      if (!purgesConfigured(edgeConfig(strapi))) return;
      // Media is written by the upload plugin's own queries, not the document service.
      const purgeFile = async (event: { result?: { documentId?: string } }) => {
        if (!event.result?.documentId) return;
        await enqueuePurge(strapi.db.connection, {
          keys: [documentKey(event.result.documentId), typeKey('file')],
          soft: true,
        });
        nudge();
      };
      strapi.db.lifecycles.subscribe({
        models: ['plugin::upload.file'],
        afterUpdate: purgeFile,
        afterDelete: purgeFile,
      });
      sender = startPurgeSender(strapi);
    },

    async destroy() {
      await sender?.stop();
    },
  };
}
