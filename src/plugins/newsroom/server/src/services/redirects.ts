import type { Core } from '@strapi/strapi';

const REDIRECT = 'plugin::newsroom.redirect';

/**
 * Old slugs of published documents. Written with the query engine so they
 * join the caller's transaction: a failed write leaves no orphan redirect.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redirects = () => strapi.db.query(REDIRECT as any);

  return {
    /** Keeps `oldSlug` leading to `documentId` (replacing any older owner of that old slug). */
    async remember(contentType: string, oldSlug: string, documentId: string) {
      await redirects().deleteMany({ where: { contentType, slug: oldSlug } });
      await redirects().create({ data: { contentType, slug: oldSlug, targetDocumentId: documentId } });
    },

    /** A slug in live use is no longer a redirect: the live story wins. */
    async release(contentType: string, slug: string) {
      await redirects().deleteMany({ where: { contentType, slug } });
    },

    async forget(contentType: string, documentId: string) {
      await redirects().deleteMany({ where: { contentType, targetDocumentId: documentId } });
    },

    /** The documentId an old slug leads to, if any. */
    async resolve(contentType: string, slug: string): Promise<string | null> {
      const row = await redirects().findOne({ select: ['targetDocumentId'], where: { contentType, slug } });
      return row?.targetDocumentId ?? null;
    },
  };
};
