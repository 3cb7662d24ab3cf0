/**
 * A Ghost JSON export (Ghost 3–5: `{ db: [{ meta, data }] }`) as stories:
 * posts, not pages; body from `html`, else its Mobiledoc or Lexical
 * rendered; slug, status and `published_at` kept; authors from the users
 * table, the primary (first) tag as section, the other public tags as tags,
 * the feature image as cover, the custom excerpt as standfirst. A Ghost
 * export is one JSON document, read whole (Ghost writes it that way).
 */
import fs from 'fs';
import { normalizeOldPath } from '../../../api/redirect/old-path';
import { htmlBody, htmlText } from '../export/html-body';
import type { ExportEntry, ExportOptions, ExportReading } from '../export/export-entry';
import { LIMITS } from '../../story/check-story';
import { StoryError, type ParsedStory, type TermRef } from '../../story/parsed-story';
import { renderLexical, renderMobiledoc } from './ghost-render';

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

interface GhostData {
  posts: Row[];
  users: Row[];
  tags: Row[];
  posts_tags: Row[];
  posts_authors: Row[];
  posts_meta: Row[];
  settings: Row[];
}

/** The export's data tables, or a refusal that says what the JSON is instead. */
export function ghostData(json: unknown): GhostData {
  const root = json && typeof json === 'object' ? (json as Row) : {};
  const db = Array.isArray(root.db) ? (root.db[0] as Row | undefined) : root;
  const data = db?.data && typeof db.data === 'object' ? (db.data as Row) : undefined;
  if (!data || !Array.isArray(data.posts))
    throw new StoryError('this JSON file names an export date but has no db[0].data.posts: not a Ghost export');
  return {
    posts: rows(data.posts),
    users: rows(data.users),
    tags: rows(data.tags),
    posts_tags: rows(data.posts_tags),
    posts_authors: rows(data.posts_authors),
    posts_meta: rows(data.posts_meta),
    settings: rows(data.settings),
  };
}

const bySortOrder = (a: Row, b: Row) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0);

/** Ghost writes `__GHOST_URL__` for its own address in exports since 4.0. */
const siteRelative = (url: string) => url.replace(/__GHOST_URL__/g, '');

export function ghostStories(
  data: GhostData,
  options: ExportOptions
): { entries: ExportEntry[]; skipped: Record<string, number>; sources: Map<string, string> } {
  const users = new Map(data.users.map((user) => [text(user.id), text(user.name) || text(user.slug)]));
  const tags = new Map(data.tags.map((tag) => [text(tag.id), tag]));
  const tagsOf = new Map<string, Row[]>();
  for (const link of [...data.posts_tags].sort(bySortOrder))
    tagsOf.set(text(link.post_id), [...(tagsOf.get(text(link.post_id)) ?? []), link]);
  const authorsOf = new Map<string, Row[]>();
  for (const link of [...data.posts_authors].sort(bySortOrder))
    authorsOf.set(text(link.post_id), [...(authorsOf.get(text(link.post_id)) ?? []), link]);
  const meta = new Map(data.posts_meta.map((row) => [text(row.post_id), row]));

  const isPage = (post: Row) => post.type === 'page' || post.page === true || post.page === 1;
  const posts = data.posts.filter((post) => !isPage(post));
  const slugs = new Map(
    posts.map((post) => [`/${encodeURIComponent(text(post.slug))}`, options.slugOf(text(post.slug))])
  );
  const rewriteLink = (url: string) => {
    const relative = siteRelative(url);
    if (/^[a-z]+:/i.test(relative)) return undefined;
    const path = normalizeOldPath(relative);
    const slug = path ? slugs.get(path) : undefined;
    return slug ? options.articlePath(slug) : undefined;
  };

  const entries = posts.map((post): ExportEntry => {
    const label = `post ${text(post.slug) || text(post.id)}`;
    try {
      return { label, story: ghostStory(post) };
    } catch (error) {
      return { label, error: (error as Error).message };
    }
  });

  function ghostStory(post: Row): ParsedStory {
    const warnings: string[] = [];
    const id = text(post.id);
    let status: 'published' | 'draft' = 'published';
    const scheduled = post.status === 'scheduled' && text(post.published_at) ? text(post.published_at) : undefined;
    if (scheduled) {
      warnings.push(`scheduled in Ghost for ${scheduled}: imported as a draft scheduled for then`);
      status = 'draft';
    } else if (post.status !== 'published') {
      warnings.push(`${text(post.status) || 'unpublished'} in Ghost: imported as a draft`);
      status = 'draft';
    }
    const visibility = text(post.visibility) || 'public';
    if (visibility !== 'public') {
      warnings.push(`visible to ${visibility} only in Ghost: imported as a draft`);
      status = 'draft';
    }
    let html = text(post.html);
    if (!html.trim() && text(post.lexical)) html = renderLexical(text(post.lexical), warnings);
    else if (!html.trim() && text(post.mobiledoc)) html = renderMobiledoc(text(post.mobiledoc), warnings);
    const blocks = htmlBody(siteRelative(html), { rewriteLink, warnings });
    if (!blocks.some((block) => block.kind === 'text')) warnings.push('the story has no body text');

    const term = (tag: Row | undefined): TermRef | undefined =>
      tag && text(tag.name) && !text(tag.name).startsWith('#') && (text(tag.visibility) || 'public') === 'public'
        ? { name: text(tag.name).slice(0, 120), ...(text(tag.slug) ? { slug: text(tag.slug) } : {}) }
        : undefined;
    const [section, ...rest] = (tagsOf.get(id) ?? []).flatMap((link) => term(tags.get(text(link.tag_id))) ?? []);

    const authorIds = (authorsOf.get(id) ?? []).map((link) => text(link.author_id));
    if (!authorIds.length && text(post.author_id)) authorIds.push(text(post.author_id));
    const names = authorIds.map((authorId) => users.get(authorId)).filter((name): name is string => Boolean(name));
    if (names.length > 1)
      warnings.push(
        `the post names ${names.length} authors (${names.join(', ')}); a story has one: imported as ${names[0]}`
      );

    const excerpt = htmlText(text(post.custom_excerpt) || text(meta.get(id)?.custom_excerpt));
    let summary: string | undefined = excerpt || undefined;
    if (summary && [...summary].length > LIMITS.summary) {
      warnings.push(`the custom excerpt has more than ${LIMITS.summary} characters: left out`);
      summary = undefined;
    }
    const image = siteRelative(text(post.feature_image));
    const publishedAt = text(post.published_at) ? new Date(text(post.published_at)) : undefined;
    const slug = text(post.slug);
    const oldPaths = [slug ? `/${slug}/` : '', text(post.url)].flatMap((path) => {
      const normalized = path ? normalizeOldPath(siteRelative(path)) : undefined;
      return normalized && normalized !== '/' ? [normalized] : [];
    });
    const title = htmlText(text(post.title)) || slug || `Untitled post ${id}`;
    if (!htmlText(text(post.title))) warnings.push(`the post has no title in Ghost: imported as "${title}"`);

    return {
      format: 'ghost',
      title: title.slice(0, LIMITS.title),
      ...(summary ? { summary } : {}),
      ...(names[0] ? { author: { name: names[0] } } : {}),
      blocks,
      warnings: [...new Set(warnings)],
      ...(slug ? { slug } : {}),
      status,
      ...(status === 'published' && publishedAt && !Number.isNaN(publishedAt.getTime())
        ? { publishedAt: publishedAt.toISOString() }
        : {}),
      ...(scheduled && visibility === 'public' && publishedAt && !Number.isNaN(publishedAt.getTime())
        ? { scheduledFor: publishedAt.toISOString() }
        : {}),
      ...(section ? { section } : {}),
      tags: rest,
      ...(image
        ? {
            cover: {
              kind: 'image' as const,
              src: image,
              ...(text(post.feature_image_alt) ? { alt: text(post.feature_image_alt) } : {}),
              ...(text(post.feature_image_caption) ? { caption: htmlText(text(post.feature_image_caption)) } : {}),
            },
          }
        : {}),
      oldPaths: [...new Set(oldPaths)],
      sourceKey: ghostSourceKey(post),
    };
  }

  const sources = new Map<string, string>();
  for (const post of posts) {
    const slug = options.slugOf(text(post.slug));
    if (slug && !sources.has(slug)) sources.set(slug, ghostSourceKey(post));
  }
  return { entries, skipped: { pages: data.posts.length - posts.length }, sources };
}

/** A post's identity across exports of the same site. */
const ghostSourceKey = (post: Row) => `ghost:${text(post.uuid) || text(post.id)}`;

export async function readGhost(file: string, options: ExportOptions): Promise<ExportReading> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch (error) {
    throw new StoryError(`the Ghost export is not valid JSON (${(error as Error).message}); nothing was imported`);
  }
  const { entries, skipped, sources } = ghostStories(ghostData(json), options);
  async function* each() {
    yield* entries;
  }
  return { entries: each(), skipped: () => skipped, sourceOfSlug: (slug) => sources.get(slug) };
}
