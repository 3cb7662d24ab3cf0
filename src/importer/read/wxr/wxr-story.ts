/**
 * One WordPress post as the parsed-story shape: slug, status, original date,
 * author by login, first category as section (the rest and the tags as
 * tags), featured image as cover, excerpt as standfirst, and the content —
 * classic-editor text given its paragraphs as WordPress renders them
 * (wpautop), block-editor HTML out of its block comments, shortcodes
 * expanded or reported — read by the HTML reader's block walk.
 */
import { autop } from '@wordpress/autop';
import { normalizeOldPath } from '../../../api/redirect/old-path';
import { htmlBody, htmlText } from '../export/html-body';
import type { ExportOptions } from '../export/export-entry';
import type { ImageBlock, ParsedStory, TermRef } from '../../story/parsed-story';
import { LIMITS } from '../../story/check-story';
import { hasBlocks, unwrapBlocks } from './gutenberg';
import { expandShortcodes, type Attachment } from './shortcodes';
import { decodeSlug, oldPathsOf, siteHosts, type WxrIndex } from './wxr-index';
import type { WxrChannel, WxrItem } from './wxr-stream';

const ZERO_DATE = /^0000-00-00/;

/** `post_date_gmt` is UTC; `post_date` (site time) stands in when WordPress left the GMT one zeroed. */
export function wxrDate(item: Pick<WxrItem, 'dateGmt' | 'date' | 'pubDate'>): string | undefined {
  for (const value of [item.dateGmt, item.date]) {
    const trimmed = value.trim();
    if (!trimmed || ZERO_DATE.test(trimmed)) continue;
    const date = new Date(`${trimmed.replace(' ', 'T')}Z`);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  const fromRss = item.pubDate.trim() ? new Date(item.pubDate) : undefined;
  return fromRss && !Number.isNaN(fromRss.getTime()) && fromRss.getUTCFullYear() > 1970
    ? fromRss.toISOString()
    : undefined;
}

/** A bare URL alone on a line is an oEmbed in WordPress: a player we have no block for. */
function bareUrlEmbeds(content: string, warnings: string[]): string {
  return content.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (_line, url: string) => {
    warnings.push(`an embed of ${url} has no block in the CMS: kept as a link`);
    return `<a href="${url.replace(/"/g, '&quot;')}">${url}</a>`;
  });
}

const STATUS_NOTES: Record<string, string> = {
  draft: 'a draft in WordPress: imported as a draft',
  pending: 'pending review in WordPress: imported as a draft',
  private: 'private in WordPress: imported as a draft',
};

function statusOf(item: WxrItem, date: string | undefined, warnings: string[]): 'published' | 'draft' {
  const status = item.status.trim() || 'publish';
  if (status === 'future') {
    warnings.push(
      date
        ? `scheduled in WordPress for ${date}: imported as a draft scheduled for then`
        : 'scheduled in WordPress for no readable date: imported as a draft'
    );
    return 'draft';
  }
  if (status !== 'publish') {
    warnings.push(STATUS_NOTES[status] ?? `"${status}" in WordPress: imported as a draft`);
    return 'draft';
  }
  if (item.password.trim()) {
    warnings.push('password-protected in WordPress: imported as a draft (Newsroom has no password-protected stories)');
    return 'draft';
  }
  return 'published';
}

/**
 * A section with its WordPress parents (a child category's `wp:category_parent`, from the channel's
 * category list), so "World › Asia" arrives as two sections, nested. A loop in the export stops.
 */
export function withParentSections(section: TermRef, categories: WxrChannel['categories']): TermRef {
  const chain: TermRef[] = [];
  const seen = new Set<string>([section.slug ?? '']);
  let parent = section.slug ? categories.get(section.slug)?.parent : undefined;
  while (parent && !seen.has(parent) && chain.length < 10) {
    seen.add(parent);
    const name = htmlText(categories.get(parent)?.name ?? '') || decodeSlug(parent);
    chain.push({ name, slug: decodeSlug(parent) });
    parent = categories.get(parent)?.parent;
  }
  let nearest: TermRef | undefined;
  for (const ancestor of chain.reverse()) nearest = { ...ancestor, ...(nearest ? { parent: nearest } : {}) };
  return nearest ? { ...section, parent: nearest } : section;
}

function termsOf(item: WxrItem, warnings: string[]): { section?: TermRef; tags: TermRef[] } {
  const term = (category: { name: string; nicename: string }): TermRef | undefined => {
    const name = htmlText(category.name);
    if (!name) return undefined;
    if ([...name].length > 120) {
      warnings.push(`the category or tag "${name.slice(0, 40)}…" is longer than 120 characters: left out`);
      return undefined;
    }
    return { name, ...(category.nicename ? { slug: decodeSlug(category.nicename) } : {}) };
  };
  // WXR 1.0 repeats each category without a domain; the domain-carrying copies are the ones to read.
  const withDomain = item.categories.filter((category) => category.domain);
  const categories = (withDomain.length ? withDomain : item.categories.map((c) => ({ ...c, domain: 'category' })))
    .filter((category) => category.domain === 'category' && category.nicename !== 'uncategorized')
    .flatMap((category) => term(category) ?? []);
  const tags = item.categories.filter((category) => category.domain === 'post_tag').flatMap((tag) => term(tag) ?? []);
  const [section, ...otherCategories] = categories;
  const seen = new Set<string>();
  const unique = [...otherCategories, ...tags].filter((tag) => {
    const key = (tag.slug ?? tag.name).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...(section ? { section } : {}), tags: unique };
}

function coverOf(item: WxrItem, index: WxrIndex, warnings: string[]): ImageBlock | undefined {
  const id = item.meta._thumbnail_id?.trim();
  if (!id) return undefined;
  const attachment = index.attachments.get(id);
  if (!attachment?.url) {
    warnings.push(`the featured image (attachment ${id}) is not in the export: no cover`);
    return undefined;
  }
  return {
    kind: 'image',
    src: attachment.url,
    ...(attachment.alt ? { alt: attachment.alt } : {}),
    ...(attachment.caption ? { caption: htmlText(attachment.caption).slice(0, LIMITS.caption) } : {}),
  };
}

const siteBase = (channel: WxrChannel) =>
  (channel.baseBlogUrl || channel.baseSiteUrl || channel.link).replace(/\/+$/, '');

/** A post's identity across exports of the same site. */
export const wxrSourceKey = (channel: WxrChannel, postId: string) => `wordpress:${siteBase(channel)}?p=${postId}`;

export function wxrStory(item: WxrItem, index: WxrIndex, options: ExportOptions): ParsedStory {
  const warnings: string[] = [];
  const { channel } = index;
  const hosts = siteHosts(channel);
  const date = wxrDate(item);
  const status = statusOf(item, date, warnings);

  let title = htmlText(item.title);
  if (!title) {
    title = item.name ? decodeSlug(item.name) : `Untitled post ${item.postId}`;
    warnings.push(`the post has no title in WordPress: imported as "${title}"`);
  }

  const attachmentsOf = (postId: string): Attachment[] =>
    (index.attachmentsOf.get(postId) ?? []).flatMap((id) => index.attachments.get(id) ?? []);
  let html = expandShortcodes(item.content, {
    postId: item.postId,
    attachments: index.attachments,
    childrenOf: attachmentsOf,
    warnings,
  });
  html = hasBlocks(html) ? unwrapBlocks(html, warnings) : autop(bareUrlEmbeds(html, warnings));

  const rewriteLink = (url: string) => {
    let host: string;
    try {
      host = new URL(url, channel.baseBlogUrl || channel.link || undefined).host.replace(/^www\./, '');
    } catch {
      return undefined;
    }
    if (!hosts.has(host)) return undefined;
    const path = normalizeOldPath(url);
    const slug = path ? index.postPaths.get(path) : undefined;
    return slug ? options.articlePath(slug) : undefined;
  };
  const blocks = htmlBody(html, { baseUrl: channel.baseBlogUrl || undefined, rewriteLink, warnings });
  if (!blocks.some((block) => block.kind === 'text')) warnings.push('the story has no body text');

  const excerpt = htmlText(item.excerpt);
  let summary: string | undefined = excerpt || undefined;
  if (summary && [...summary].length > LIMITS.summary) {
    warnings.push(`the excerpt has more than ${LIMITS.summary} characters, more than a standfirst holds: left out`);
    summary = undefined;
  }

  const login = item.creator.trim();
  const name = login ? (channel.authors.get(login) ?? login) : undefined;
  const cover = coverOf(item, index, warnings);
  const slug = decodeSlug(item.name);
  const base = siteBase(channel);
  const terms = termsOf(item, warnings);
  const { tags } = terms;
  const section = terms.section && withParentSections(terms.section, channel.categories);

  return {
    format: 'wxr',
    title: title.slice(0, LIMITS.title),
    ...(summary ? { summary } : {}),
    ...(name ? { author: { name } } : {}),
    blocks,
    ...(item.link ? { canonicalUrl: item.link } : {}),
    ...(base ? { baseUrl: `${base}/` } : {}),
    warnings: [...new Set(warnings)],
    ...(slug ? { slug } : {}),
    status,
    ...(date && status === 'published' ? { publishedAt: date } : {}),
    ...(date && item.status.trim() === 'future' ? { scheduledFor: date } : {}),
    ...(section ? { section } : {}),
    tags,
    ...(cover ? { cover } : {}),
    oldPaths: oldPathsOf(item, channel),
    sourceKey: wxrSourceKey(channel, item.postId),
  };
}
