import type { Core, UID } from '@strapi/strapi';

export const REDIRECT = 'plugin::newsroom.redirect';

export interface RedirectView {
  slug: string;
  targetDocumentId: string;
  locale: string | null;
  since: string;
}

const inLocale = (locale?: string) => (locale ? { targetLocale: locale } : {});

/**
 * Old slugs of published documents, per locale for localized types. Written with
 * the query engine so they join the caller's transaction: a failed write leaves
 * no orphan redirect.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redirects = () => strapi.db.query(REDIRECT as UID.Schema);
  const list = async (where: Record<string, unknown>): Promise<RedirectView[]> => {
    const rows = await redirects().findMany({
      select: ['slug', 'targetDocumentId', 'targetLocale', 'createdAt'],
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return rows.map((row) => ({
      slug: String(row.slug),
      targetDocumentId: String(row.targetDocumentId),
      locale: (row.targetLocale as string | null) ?? null,
      since: new Date(row.createdAt as string).toISOString(),
    }));
  };

  return {
    /** Keeps `oldSlug` leading to `documentId` (replacing any older owner of that old slug). */
    async remember(contentType: string, oldSlug: string, documentId: string, locale?: string) {
      await redirects().deleteMany({ where: { contentType, slug: oldSlug, ...inLocale(locale) } });
      await redirects().create({
        data: { contentType, slug: oldSlug, targetDocumentId: documentId, targetLocale: locale ?? null },
      });
    },

    /** A slug in live use is no longer a redirect: the live story wins. */
    async release(contentType: string, slug: string, locale?: string) {
      await redirects().deleteMany({ where: { contentType, slug, ...inLocale(locale) } });
    },

    /** A deleted document (or one of its locales) leaves no redirect behind. */
    async forget(contentType: string, documentId: string, locale?: string) {
      await redirects().deleteMany({ where: { contentType, targetDocumentId: documentId, ...inLocale(locale) } });
    },

    /** The documentId an old slug leads to, if any. */
    async resolve(contentType: string, slug: string, locale?: string): Promise<string | null> {
      const row = await redirects().findOne({
        select: ['targetDocumentId'],
        where: { contentType, slug, ...inLocale(locale) },
      });
      return (row?.targetDocumentId as string | undefined) ?? null;
    },

    /** The old slugs that lead to a document, newest first: what the editor sees on the story. */
    async of(contentType: string, documentId: string, locale?: string): Promise<RedirectView[]> {
      return list({ contentType, targetDocumentId: documentId, ...inLocale(locale) });
    },

    /** The redirect an old slug is, if any, as a list of at most one. */
    async from(contentType: string, slug: string, locale?: string): Promise<RedirectView[]> {
      return list({ contentType, slug, ...inLocale(locale) });
    },
  };
};
