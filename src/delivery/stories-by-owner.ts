import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../request-context';

/**
 * The pages that list one author's, section's or tag's published stories: the owner by its
 * current or an old slug (an old one answers 301), then its stories newest first, paginated
 * like Strapi's lists. One rule for the three, so their answers cannot drift apart.
 */
const ARTICLE = 'api::article.article';

export const STORY_CARD_FIELDS = [
  'title',
  'slug',
  'excerpt',
  'readingTime',
  'publishedAt',
  'firstPublishedAt',
] as const;

/**
 * Newest first by first publication, not by the last one: Strapi moves publishedAt to now on every
 * publish, so an editor's republish (or an import) would put an old story on top; firstPublishedAt is
 * stamped once and carries an imported story's original date.
 */
export const NEWEST_FIRST = ['firstPublishedAt:desc', 'publishedAt:desc', 'id:desc'] as const;

export type OwnerUid = 'api::author.author' | 'api::section.section' | 'api::tag.tag';

/** The article relation that leads to each kind of owner, and the REST path of its by-slug page. */
const OWNERS: Record<OwnerUid, { relation: 'author' | 'section' | 'tags'; path: string; noun: string }> = {
  'api::author.author': { relation: 'author', path: '/api/authors/slug/', noun: 'author' },
  'api::section.section': { relation: 'section', path: '/api/sections/slug/', noun: 'section' },
  'api::tag.tag': { relation: 'tags', path: '/api/tags/slug/', noun: 'tag' },
};

const positiveInt = (value: unknown, fallback: number, max = Infinity) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
};

export type FoundOwner = { owner: { documentId: string } & Record<string, unknown> } | { redirectTo: string } | null;

/** An owner by slug with `populate`, or `{ redirectTo }` for an old slug, or null. */
export async function findOwnerBySlug(
  strapi: Core.Strapi,
  uid: OwnerUid,
  slug: string,
  populate: Record<string, true> = {}
): Promise<FoundOwner> {
  // Typed as one of the three: they share every field read here (slug, documentId), and Strapi's
  // generated types cannot take a union of uids.
  const documents = strapi.documents(uid as 'api::author.author');
  const owner = await documents.findFirst({ filters: { slug }, populate });
  if (owner) return { owner };
  const documentId = await strapi.plugin('newsroom')?.service('redirects').resolve(uid, slug);
  const current = documentId ? await documents.findOne({ documentId, fields: ['slug'] }) : null;
  return current ? { redirectTo: String(current.slug) } : null;
}

/** One page of an owner's published stories, newest first. */
export async function publishedStoriesOf(
  strapi: Core.Strapi,
  uid: OwnerUid,
  documentId: string,
  page: number,
  pageSize: number
) {
  const filters = { [OWNERS[uid].relation]: { documentId } };
  const [stories, total] = await Promise.all([
    strapi.documents(ARTICLE).findMany({
      filters,
      status: 'published',
      fields: [...STORY_CARD_FIELDS],
      populate: { cover: true },
      sort: [...NEWEST_FIRST],
      start: (page - 1) * pageSize,
      limit: pageSize,
    }),
    strapi.documents(ARTICLE).count({ filters, status: 'published' }),
  ]);
  return { stories, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
}

/** GET /api/<owners>/slug/:slug — the owner (sanitized for the requester) and a page of its stories. */
export const ownerBySlug =
  (strapi: Core.Strapi, uid: OwnerUid, populate: Record<string, true> = {}) =>
  async (ctx: RequestContext) => {
    const slug = String(ctx.params.slug);
    const found = await findOwnerBySlug(strapi, uid, slug, populate);
    if (!found) return ctx.notFound(`No ${OWNERS[uid].noun} has this slug`, { slug });
    if ('redirectTo' in found) {
      ctx.redirect(`${OWNERS[uid].path}${encodeURIComponent(found.redirectTo)}`);
      ctx.status = 301;
      return;
    }
    const query = (ctx.query.pagination ?? {}) as Record<string, unknown>;
    const maxLimit = (strapi.config.get('api.rest.maxLimit') as number) ?? 100;
    const page = positiveInt(query.page, 1);
    const pageSize = positiveInt(query.pageSize, 10, maxLimit);
    const { stories, pagination } = await publishedStoriesOf(strapi, uid, found.owner.documentId, page, pageSize);
    const auth = ctx.state.auth;
    const owner = (await strapi.contentAPI.sanitize.output(found.owner, strapi.getModel(uid), { auth })) as object;
    const articles = await strapi.contentAPI.sanitize.output(stories, strapi.getModel(ARTICLE), { auth });
    return { data: { ...owner, articles }, meta: { pagination } };
  };
