import type { Core } from '@strapi/strapi';
import { findOwnerBySlug, type OwnerUid } from '../stories-by-owner';
import { recordedReads, typeName } from '../edge/read-recorder';
import { searchIndex, type SearchFilters } from './search-index';
import { snippet } from './snippet';
import { storyCards, type StoryCard } from './story-cards';

const ARTICLE = 'api::article.article';

export interface SearchRequest {
  tokens: string[];
  page: number;
  pageSize: number;
  section?: string;
  tag?: string;
  author?: string;
}

const FILTERS: [keyof SearchFilters, OwnerUid, 'section' | 'tag' | 'author'][] = [
  ['sectionId', 'api::section.section', 'section'],
  ['tagId', 'api::tag.tag', 'tag'],
  ['authorId', 'api::author.author', 'author'],
];

/** The owners' documentIds of the filter slugs (an old slug counts as its owner's); null when one is unknown. */
async function filtersOf(strapi: Core.Strapi, request: SearchRequest): Promise<SearchFilters | null> {
  const filters: SearchFilters = {};
  for (const [key, uid, param] of FILTERS) {
    const slug = request[param];
    if (!slug) continue;
    let found = await findOwnerBySlug(strapi, uid, slug);
    if (found && 'redirectTo' in found) found = await findOwnerBySlug(strapi, uid, found.redirectTo);
    if (!found || !('owner' in found)) return null;
    filters[key] = found.owner.documentId;
  }
  return filters;
}

/**
 * One page of published stories matching every token, most relevant first: story cards (as the
 * lists show them) each with a highlighted `snippet`, and the pagination of Strapi's lists.
 */
export async function searchStories(strapi: Core.Strapi, request: SearchRequest, { whole = false } = {}) {
  const { page, pageSize } = request;
  const filters = await filtersOf(strapi, request);
  const { hits, total } = filters
    ? await searchIndex(strapi, request.tokens, filters, { start: (page - 1) * pageSize, limit: pageSize })
    : { hits: [], total: 0 };
  // The index is read by SQL, which the edge's read recorder does not see: the answer is a list of
  // stories, so any story's write must purge it, also when it found nothing.
  const ctx = strapi.requestContext.get();
  if (ctx) recordedReads(ctx)?.lists.add(typeName(strapi, ARTICLE));
  const documentIds = hits.map((hit) => hit.documentId);
  // GraphQL resolves any field of Article from what it is handed: it gets whole stories, by the query
  // the document service would make for status 'published' (without its transaction).
  const cards: StoryCard[] = !hits.length
    ? []
    : whole
      ? await strapi.db.query(ARTICLE).findMany({
          where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
        })
      : await storyCards(strapi, documentIds);
  const byId = new Map(cards.map((card) => [card.documentId, card]));
  const stories = hits.flatMap((hit) => {
    const card = byId.get(hit.documentId);
    return card ? [{ card, snippet: snippet([hit.body, hit.summary, hit.title], request.tokens) }] : [];
  });
  return { stories, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
}
