import type { Core } from '@strapi/strapi';
import { lockKeys, titleLockKey } from '../../importer/write/advisory-locks';
import { titleKey } from './title-key';
import { paramsOf, type ActionResult, type DocumentContext, type DocumentMiddleware } from '../../document-middleware';

/**
 * A "Read Also" link can name a story the newsroom has not published (or not
 * imported) yet: it is kept with neither url nor article, and resolves by
 * itself as soon as a story with that title (case- and punctuation-blind, see
 * title-key.ts) is published — from the admin panel, REST, GraphQL or the
 * importer alike, since all of them go through the document service. The
 * match is made in the database, never from a process's memory.
 *
 * Only a published story resolves a link: the link is written at the moment
 * its href appears, so every page cache keyed on the link sees the change (a
 * link tied to a draft would start leading somewhere on publish without
 * being written at all).
 *
 * Registered in src/index.ts register():
 *   strapi.documents.use(require('./api/related-link/resolve-on-publish').resolveOnPublish(strapi));
 */
const ARTICLE = 'api::article.article' as const;
const RELATED_LINK = 'api::related-link.related-link' as const;

/** The write makes the article's title public: a publish, or a create/update that publishes. */
const goesLive = (ctx: DocumentContext) =>
  ctx.action === 'publish' ||
  (['create', 'update', 'clone'].includes(ctx.action) && paramsOf(ctx).status === 'published');

interface Match {
  documentId: string;
  title: string;
}

/** Rows whose stored title key (see title-keys.ts) is the title's: one indexed lookup, however large the archive. */
async function sameTitle(
  strapi: Core.Strapi,
  uid: typeof ARTICLE | typeof RELATED_LINK,
  title: string,
  where: object = {}
): Promise<Match[]> {
  const key = titleKey(title);
  if (!key) return [];
  return (await strapi.db
    .query(uid)
    .findMany({ where: { $and: [where, { titleKey: key }] }, select: ['documentId', 'title'] })) as Match[];
}

/** The published story a "Read Also" title names; undefined while there is none. */
export async function findArticleByTitle(strapi: Core.Strapi, title: string): Promise<string | undefined> {
  const [match] = await sameTitle(strapi, ARTICLE, title, { publishedAt: { $notNull: true } });
  return match?.documentId;
}

/** Points every unresolved link carrying `article`'s title at it; returns how many it resolved. */
export async function resolveLinksTo(
  strapi: Core.Strapi,
  article: { documentId: string; title: string }
): Promise<number> {
  const unresolved = { $or: [{ url: { $null: true } }, { url: '' }], article: { id: { $null: true } } };
  return strapi.db.transaction(async () => {
    // A link being created under this title right now is either committed before we look, or sees this story.
    await lockKeys(strapi, [titleLockKey(titleKey(article.title))]);
    const links = await sameTitle(strapi, RELATED_LINK, article.title, unresolved);
    for (const link of links) {
      await strapi
        .documents(RELATED_LINK)
        .update({ documentId: link.documentId, data: { article: article.documentId } });
    }
    return links.length;
  });
}

export const resolveOnPublish =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const result = await next();
    if (ctx.uid !== ARTICLE || !goesLive(ctx)) return result;
    const answer = result as ActionResult;
    const documentId: string | undefined = answer?.documentId ?? paramsOf(ctx).documentId;
    if (!documentId) return result;
    const title =
      typeof answer?.title === 'string'
        ? answer.title
        : (await strapi.db.query(ARTICLE).findOne({ where: { documentId }, select: ['title'] }))?.title;
    if (title) await resolveLinksTo(strapi, { documentId, title });
    return result;
  };
