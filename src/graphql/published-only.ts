import { canReadDrafts, ARTICLE, type RequestAuth } from '../delivery/can-read-drafts';

/**
 * The GraphQL side of the draft rule: stock Strapi 5 answers
 * `articles(status: DRAFT)` to the public role. These resolver middlewares
 * pin `status` to published for anyone who may not read drafts, and for
 * relations under our own by-slug queries (Strapi only passes a status down
 * from its built-in queries, so there they would mix drafts in).
 */
const BY_SLUG_QUERIES = new Set(['articleBySlug', 'authorBySlug']);

type Selection = { kind: string; alias?: { value: string }; name: { value: string } };
/** The parts of GraphQL's resolve info (graphql-js) the rule reads. */
interface ResolveInfo {
  path?: { key: string | number; prev?: ResolveInfo['path'] };
  operation?: { selectionSet?: { selections?: readonly Selection[] } };
}
type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: ResolveInfo) => unknown;

const rootFieldName = (info: ResolveInfo): string | undefined => {
  let path = info?.path;
  while (path?.prev) path = path.prev;
  const key = path?.key;
  const selection = info?.operation?.selectionSet?.selections?.find(
    (s) => s.kind === 'Field' && (s.alias?.value ?? s.name.value) === key
  );
  return selection?.name?.value ?? (key === undefined ? undefined : String(key));
};

const pinStatus =
  (nested: boolean) =>
  async (
    next: Resolve,
    parent: unknown,
    args: Record<string, unknown>,
    context: { state?: { auth?: RequestAuth } },
    info: ResolveInfo
  ) => {
    const trusted = canReadDrafts(context?.state?.auth, ARTICLE);
    if (!trusted || (nested && BY_SLUG_QUERIES.has(rootFieldName(info) ?? ''))) {
      args = { ...args, status: 'published' };
    }
    return next(parent, args, context, info);
  };

/** Every query and relation field that can reach an article. */
export const publishedOnlyResolversConfig = {
  'Query.articles': { middlewares: [pinStatus(false)] },
  'Query.articles_connection': { middlewares: [pinStatus(false)] },
  'Query.article': { middlewares: [pinStatus(false)] },
  'Query.authors': { middlewares: [pinStatus(false)] },
  'Query.authors_connection': { middlewares: [pinStatus(false)] },
  'Query.author': { middlewares: [pinStatus(false)] },
  'Query.relatedLinks': { middlewares: [pinStatus(false)] },
  'Query.relatedLinks_connection': { middlewares: [pinStatus(false)] },
  'Query.relatedLink': { middlewares: [pinStatus(false)] },
  'Query.sections': { middlewares: [pinStatus(false)] },
  'Query.sections_connection': { middlewares: [pinStatus(false)] },
  'Query.section': { middlewares: [pinStatus(false)] },
  'Query.tags': { middlewares: [pinStatus(false)] },
  'Query.tags_connection': { middlewares: [pinStatus(false)] },
  'Query.tag': { middlewares: [pinStatus(false)] },
  'Section.articles': { middlewares: [pinStatus(true)] },
  'Section.articles_connection': { middlewares: [pinStatus(true)] },
  'Tag.articles': { middlewares: [pinStatus(true)] },
  'Tag.articles_connection': { middlewares: [pinStatus(true)] },
  'Author.articles': { middlewares: [pinStatus(true)] },
  'Author.articles_connection': { middlewares: [pinStatus(true)] },
  'RelatedLink.article': { middlewares: [pinStatus(true)] },
};
