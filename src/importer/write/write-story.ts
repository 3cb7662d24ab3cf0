/**
 * Writes one parsed story through the document service, so the newsroom
 * plugin's rules (slugs, reading time, excerpt) and every other document
 * middleware apply exactly as for an editor's save. One story is one
 * transaction: its author, its "Read Also" links, its pictures and the
 * article are written whole or not at all.
 *
 * Repeatable: the story is found again by its source identity (`sourceId`),
 * compared with what the file now says, and left alone when nothing changed.
 * Authors are reused by name, "Read Also" links by title (and url).
 */
import type { Core, Data, Modules } from '@strapi/strapi';
import { findArticleByTitle } from '../../api/related-link/resolve-on-publish';
import { authorKey, lockKeys, titleLockKey } from './advisory-locks';
import { titleKey } from '../../api/related-link/title-key';
import type { ImageBlock, ParsedStory, ReadAlsoBlock, TextNode } from '../story/parsed-story';
import type { ImageStore } from './store-images';
import { rememberOldPaths } from './old-addresses';
import { sectionFor, slugsService, tagsFor } from './taxonomy';
import type { RunLookups } from './run-lookups';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const RELATED_LINK = 'api::related-link.related-link';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface WriteOptions {
  /** the story's stable identity (see source-id.ts) */
  sourceId: string;
  publish?: boolean;
  /** the source says the story is not public (a CMS export's draft): a published version is taken down */
  unpublish?: boolean;
  /** used when the story names no author */
  defaultAuthorName?: string;
  /** run every query, then roll back: what would happen, with nothing written */
  dryRun?: boolean;
  images?: ImageStore;
  /** the story's file, for pictures given relative to it */
  file?: string;
  /** what this import run has looked up already */
  lookups?: RunLookups;
}

export interface WriteResult {
  outcome: Outcome;
  documentId: string;
  /** the story's slug (its draft's) */
  slug?: string;
  warnings: string[];
}

type Transaction = Core.Strapi['db']['connection'];
type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>;

/** What Strapi hands a transaction's callback; its own types leave the callback's argument untyped. */
interface TransactionScope {
  trx: Transaction;
  onRollback: (undo: () => Promise<void>) => void;
}

type BodyBlockData =
  | { __component: 'article.text'; content: TextNode[] }
  | { __component: 'article.read-also'; link: string }
  | { __component: 'article.image'; image: number | null; caption: string | null; credit: string | null };

interface ArticleData {
  title: string;
  summary: string | null;
  body: BodyBlockData[];
  author: string | null;
  sourceId: string;
  section?: string | null;
  tags?: string[];
  cover?: number | null;
  slug?: string;
  publishAt?: string;
}

/**
 * Strapi's input types have no null for a text or media field, though null is how a write clears one, and
 * want rel and target on every link, which the editor and the API store links without.
 */
const asInput = (data: ArticleData) => data as Modules.Documents.Params.Data.Input<typeof ARTICLE>;

/** A stored version of the article, with what `comparable` reads populated. */
const findStored = (strapi: Core.Strapi, documentId: string, status: 'draft' | 'published') =>
  strapi.documents(ARTICLE).findOne({
    documentId,
    status,
    populate: {
      author: { fields: ['name'] },
      section: { fields: ['name'] },
      tags: { fields: ['name'] },
      cover: { fields: ['name'] },
      body: {
        on: {
          'article.text': true,
          'article.read-also': { populate: { link: { fields: ['title'] } } },
          'article.image': { populate: { image: { fields: ['name'] } } },
        },
      },
    },
  });

/**
 * Test hook: holds the transaction open between looking things up and
 * writing them, so a test can make two imports race for the same story and
 * show that the database (unique index, advisory locks) keeps them apart.
 */
const racePause = () => {
  const ms = Number(process.env.NEWSROOM_IMPORT_RACE_PAUSE_MS ?? 0);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined;
};

class DryRun extends Error {
  constructor(readonly result: WriteResult) {
    super('dry run');
  }
}

/** JSON with sorted keys and no undefined, so a value read back from PostgreSQL's jsonb compares equal. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
        )
      : v
  );

/** What comparable reads of a body block: stored (relations populated) or about to be written (ids). */
interface OwnedBlock {
  __component: string;
  content?: unknown;
  link?: unknown;
  image?: unknown;
  caption?: string | null;
  credit?: string | null;
}

/** What the importer owns of an article, in one shape for a stored document and for new data. */
function comparable(
  article: {
    title?: string | null;
    summary?: string | null;
    author?: unknown;
    body?: OwnedBlock[] | null;
    section?: unknown;
    tags?: unknown[] | null;
    cover?: unknown;
  },
  ids: Record<'author' | 'link' | 'image', (value: unknown) => unknown>,
  /** what only a CMS export carries: a story from another file keeps what editors gave it */
  owned: { terms: boolean; cover: boolean }
) {
  return stable({
    title: article.title,
    summary: article.summary ?? null,
    author: ids.author(article.author) ?? null,
    ...(owned.terms
      ? {
          section: ids.author(article.section) ?? null,
          tags: (article.tags ?? []).map((tag) => ids.author(tag)).sort(),
        }
      : {}),
    ...(owned.cover ? { cover: ids.image(article.cover) ?? null } : {}),
    body: (article.body ?? []).map((block) => {
      if (block.__component === 'article.text') return { c: 'text', content: block.content ?? [] };
      if (block.__component === 'article.read-also') return { c: 'read-also', link: ids.link(block.link) ?? null };
      return {
        c: 'image',
        image: ids.image(block.image) ?? null,
        caption: block.caption ?? null,
        credit: block.credit ?? null,
      };
    }),
  });
}

const field =
  (key: 'documentId' | 'id') =>
  (value: unknown): unknown =>
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const same = (value: unknown) => value;
const storedIds = { author: field('documentId'), link: field('documentId'), image: field('id') };
const newIds = { author: same, link: same, image: same };

type StoredAuthor = Pick<Data.ContentType<typeof AUTHOR>, 'documentId' | 'name' | 'bio' | 'jobTitle'>;

/**
 * The stored author a story's byline names. A story with an "About the author" bio but no name gets the
 * default author's name, and the bio tells who it is: the default author with that bio, else one with no bio
 * yet (which takes it), else a new author of that name — two different bios are two different people, and
 * the default author is shared by every story that names no one.
 */
function pickAuthor(found: StoredAuthor[], bio: string | undefined, nameless: boolean): StoredAuthor | undefined {
  if (!nameless || !bio) return found[0];
  return found.find((author) => author.bio === bio) ?? found.find((author) => !author.bio);
}

async function authorFor(strapi: Core.Strapi, story: ParsedStory, options: WriteOptions, warnings: string[]) {
  const name = story.author?.name ?? options.defaultAuthorName;
  if (!name) return undefined;
  const nameless = !story.author?.name;
  const { bio, jobTitle } = story.author ?? {};
  // A byline with nothing to add to the author is the first author of that name, whichever story asks.
  const plain = !nameless && !bio && !jobTitle;
  const key = `author:${name.trim().toLowerCase()}`;
  const known = plain ? options.lookups?.get(key) : undefined;
  if (known) return known;
  const documentId = await findOrCreateAuthor(strapi, name, { nameless, bio, jobTitle }, warnings);
  if (plain) await options.lookups?.keep(key, documentId);
  return documentId;
}

async function findOrCreateAuthor(
  strapi: Core.Strapi,
  name: string,
  { nameless, bio, jobTitle }: { nameless: boolean; bio?: string; jobTitle?: string },
  warnings: string[]
) {
  const authors = strapi.documents(AUTHOR);
  // Reads go through the query engine (cheap); every write goes through the document service.
  const find = async (): Promise<StoredAuthor[]> =>
    strapi.db.query(AUTHOR).findMany({
      where: { name: { $eqi: name } },
      select: ['documentId', 'name', 'bio', 'jobTitle'],
      orderBy: { id: 'asc' },
    });
  let found = await find();
  let existing = pickAuthor(found, bio, nameless);
  if (!existing) {
    // Another import may be creating this author right now: one of us waits, then finds it.
    await lockKeys(strapi, [authorKey(name)]);
    found = await find();
    existing = pickAuthor(found, bio, nameless);
  }
  if (!existing) {
    if (found.length)
      warnings.push(
        `the "About the author" box names no one, and ${name} already has another bio: this bio is a new author named ${name}`
      );
    return (await authors.create({ data: { name, ...(bio ? { bio } : {}), ...(jobTitle ? { jobTitle } : {}) } }))
      .documentId;
  }
  // An author is shared by many stories: the first story to tell the bio sets it, later ones never overwrite it.
  const patch: { bio?: string; jobTitle?: string } = {};
  if (bio && !existing.bio) patch.bio = bio;
  else if (bio && existing.bio !== bio)
    warnings.push(`${existing.name} already has a different bio; the stored one was kept`);
  if (jobTitle && !existing.jobTitle) patch.jobTitle = jobTitle;
  if (Object.keys(patch).length) await authors.update({ documentId: existing.documentId, data: patch });
  return existing.documentId;
}

/** The part of a relation's join table the query below names. */
interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

const columnName = (meta: Meta, attribute: string) =>
  (meta.attributes[attribute] as { columnName?: string }).columnName;

interface FoundLink {
  documentId: string;
  url: string | null;
  /** the story the link leads to, if any */
  articleId: number | null;
  /** a published story with the link's title, which an unresolved link should lead to */
  liveArticle: string | null;
}

/**
 * The link with this title (and url, or none), the story it leads to and the published story its title
 * names, in one query through the titleKey indexes (see title-keys.ts): the query engine would take one
 * query for the link, one for its relation and one for the story, for every Read Also line of every story.
 */
async function findLink(strapi: Core.Strapi, block: ReadAlsoBlock, key: string): Promise<FoundLink | undefined> {
  const meta = strapi.db.metadata.get(RELATED_LINK);
  const articles = strapi.db.metadata.get(ARTICLE);
  const column = (attribute: string) => `link.${columnName(meta, attribute)}`;
  const articleColumn = (attribute: string) => `story.${columnName(articles, attribute)}`;
  const relation = (meta.attributes.article as { joinTable: JoinTable }).joinTable;
  return strapi.db.transaction(({ trx }: TransactionScope) => {
    // A title of punctuation only has an empty key, which names no story (as in findArticleByTitle).
    const liveArticle = !key
      ? trx.raw('null as "liveArticle"')
      : trx(`${articles.tableName} as story`)
          .select(articleColumn('documentId'))
          .where(articleColumn('titleKey'), key)
          .whereNotNull(articleColumn('publishedAt'))
          .orderBy(articleColumn('id'))
          .limit(1)
          .as('liveArticle');
    return (
      trx(`${meta.tableName} as link`)
        .leftJoin(`${relation.name} as lnk`, `lnk.${relation.joinColumn.name}`, 'link.id')
        .where(column('titleKey'), key)
        // The key only narrows the search: the title itself must match exactly.
        .where(column('title'), block.title)
        .where((query) =>
          block.url ? query.where(column('url'), block.url) : query.whereNull(column('url')).orWhere(column('url'), '')
        )
        .first(
          `${column('documentId')} as documentId`,
          `${column('url')} as url`,
          `lnk.${relation.inverseJoinColumn.name} as articleId`,
          liveArticle
        )
    );
  });
}

async function linkFor(strapi: Core.Strapi, block: ReadAlsoBlock) {
  const links = strapi.documents(RELATED_LINK);
  const key = titleKey(block.title);
  const find = () => findLink(strapi, block, key);
  let existing = await find();
  if (!existing) {
    // Serialised with other imports creating this link and with the publishing of the story it names.
    await lockKeys(strapi, [titleLockKey(key)]);
    existing = await find();
  }
  if (existing) {
    if (!existing.articleId && !existing.url && existing.liveArticle) {
      await links.update({ documentId: existing.documentId, data: { article: existing.liveArticle } });
    }
    return existing.documentId;
  }
  const target = await findArticleByTitle(strapi, block.title);
  const created = await links.create({
    data: {
      title: block.title,
      ...(block.url ? { url: block.url } : {}),
      ...(target ? { article: target } : {}),
    },
  });
  return created.documentId;
}

async function bodyFor(
  strapi: Core.Strapi,
  story: ParsedStory,
  options: WriteOptions,
  warnings: string[],
  onRollback: (undo: () => Promise<void>) => void
) {
  const body: BodyBlockData[] = [];
  for (const block of story.blocks) {
    if (block.kind === 'text') {
      body.push({ __component: 'article.text', content: block.nodes });
    } else if (block.kind === 'read-also') {
      body.push({ __component: 'article.read-also', link: await linkFor(strapi, block) });
    } else {
      const image = await imageFor(block, story, options, warnings, onRollback);
      if (image === null && !block.caption && !block.credit) continue;
      body.push({ __component: 'article.image', image, caption: block.caption ?? null, credit: block.credit ?? null });
    }
  }
  return body;
}

async function imageFor(
  block: ImageBlock,
  story: ParsedStory,
  options: WriteOptions,
  warnings: string[],
  onRollback: (undo: () => Promise<void>) => void
) {
  if (!options.images) return null;
  return options.images(block, { file: options.file ?? '.', baseUrl: story.baseUrl, warnings, onRollback });
}

/** The source's slug, or the usual suffix when another story holds it (the old address still leads here). */
async function slugFor(strapi: Core.Strapi, story: ParsedStory, warnings: string[]): Promise<string | undefined> {
  const slugs = slugsService(strapi) as
    | (NonNullable<ReturnType<typeof slugsService>> & {
        generate(uid: string, options: { field: string; source: string }, source: unknown): Promise<string>;
      })
    | undefined;
  if (!story.slug || !slugs) return undefined;
  const wanted = slugs.normalize(story.slug);
  if (!wanted) return undefined;
  const slug = await slugs.generate(ARTICLE, { field: 'slug', source: 'title' }, wanted);
  if (slug !== wanted) warnings.push(`the slug "${wanted}" belongs to another story: this one is "${slug}"`);
  return slug;
}

/**
 * The original publication date is the story's firstPublishedAt. The document service never writes that
 * field from data, and stamps it at the first publish only when the draft has none: so it is set on the
 * draft row before publishing, and every later publish (an editor's republish too) keeps it.
 */
async function keepFirstPublished(strapi: Core.Strapi, documentId: string, date: string | undefined) {
  if (!date) return;
  await strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { firstPublishedAt: new Date(date) } });
}

const sameInstant = (a: unknown, b: string | undefined) =>
  !b || (a !== null && a !== undefined && new Date(a as string).getTime() === new Date(b).getTime());

/**
 * A story its source had scheduled keeps that schedule when it is still ahead (on first import only: a
 * later run leaves an editor's schedule alone); a time that has passed is reported, not published behind
 * the editors' backs.
 */
function scheduleOf(story: ParsedStory, warnings: string[]): string | undefined {
  if (!story.scheduledFor) return undefined;
  if (new Date(story.scheduledFor).getTime() > Date.now()) return story.scheduledFor;
  warnings.push(`its scheduled time (${story.scheduledFor}) has passed: left as a draft, not scheduled`);
  return undefined;
}

export async function writeStory(strapi: Core.Strapi, story: ParsedStory, options: WriteOptions): Promise<WriteResult> {
  try {
    return await strapi.db.transaction(async ({ onRollback }: TransactionScope) => {
      const warnings = [...story.warnings];

      const articles = strapi.documents(ARTICLE);
      const known: Pick<Data.ContentType<typeof ARTICLE>, 'documentId'> | null = await strapi.db
        .query(ARTICLE)
        .findOne({ where: { sourceId: options.sourceId, publishedAt: null }, select: ['documentId'] });
      const existing = known && (await findStored(strapi, known.documentId, 'draft'));

      const author = await authorFor(strapi, story, options, warnings);
      const body = await bodyFor(strapi, story, options, warnings, onRollback);
      const owned = {
        terms: story.tags !== undefined || story.section !== undefined,
        cover: story.cover !== undefined,
      };
      const data: ArticleData = {
        title: story.title,
        summary: story.summary ?? null,
        body,
        author: author ?? null,
        sourceId: options.sourceId,
        ...(owned.terms
          ? {
              section: (await sectionFor(strapi, story.section, options.lookups)) ?? null,
              tags: await tagsFor(strapi, story.tags, options.lookups),
            }
          : {}),
        ...(owned.cover && story.cover
          ? { cover: await imageFor(story.cover, story, options, warnings, onRollback) }
          : {}),
      };
      await racePause();
      const wanted = comparable(data, newIds, owned);
      const firstPublished = options.publish ? story.publishedAt : undefined;

      let result: WriteResult;
      if (!existing) {
        const slug = await slugFor(strapi, story, warnings);
        if (slug) data.slug = slug;
        const scheduled = scheduleOf(story, warnings);
        if (scheduled) data.publishAt = scheduled;
        if (firstPublished) {
          const created = await articles.create({ data: asInput(data), status: 'draft' });
          await keepFirstPublished(strapi, created.documentId, firstPublished);
          await articles.publish({ documentId: created.documentId });
          result = { outcome: 'created', documentId: created.documentId, slug: created.slug ?? undefined, warnings };
        } else {
          const created = await articles.create({
            data: asInput(data),
            status: options.publish ? 'published' : 'draft',
          });
          result = { outcome: 'created', documentId: created.documentId, slug: created.slug ?? undefined, warnings };
        }
      } else {
        const { documentId } = existing;
        const slug = existing.slug ?? undefined;
        const draftSame = comparable(existing, storedIds, owned) === wanted;
        const live = options.publish ? await findStored(strapi, documentId, 'published') : undefined;
        const liveSame = !options.publish || (live && comparable(live, storedIds, owned) === wanted);
        const dateSame = sameInstant(existing.firstPublishedAt, firstPublished);
        if (draftSame && liveSame && dateSame) result = { outcome: 'unchanged', documentId, slug, warnings };
        else {
          if (!dateSame) await keepFirstPublished(strapi, documentId, firstPublished);
          if (draftSame && liveSame) {
            // only the date moved
          } else if (draftSame) await articles.publish({ documentId });
          else
            await articles.update({
              documentId,
              data: asInput(data),
              ...(options.publish ? { status: 'published' } : {}),
            });
          result = { outcome: 'updated', documentId, slug, warnings };
        }
      }
      if (options.unpublish && existing && (await findStored(strapi, existing.documentId, 'published'))) {
        await articles.unpublish({ documentId: existing.documentId });
        warnings.push('published here, not public in the export: taken down to a draft');
        result = { ...result, outcome: 'updated' };
      }
      await rememberOldPaths(strapi, result.documentId, story.oldPaths);
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}
