/**
 * The first of two passes over a WordPress export: what a post needs from
 * elsewhere in the file — the attachment its featured image names (which
 * may come after it), the pictures of a [gallery], the new address of a post
 * it links to — and, by reading the file to its end, the proof that it is
 * well-formed before anything is written. Only small facts per item are
 * kept, so memory grows with the number of posts, not with their text.
 */
import { normalizeOldPath } from '../../../api/redirect/old-path';
import type { Attachment } from './shortcodes';
import { emptyChannel, wxrItems, type WxrChannel, type WxrItem } from './wxr-stream';

export interface WxrIndex {
  channel: WxrChannel;
  attachments: Map<string, Attachment>;
  /** attachment ids by the post they belong to, in export order */
  attachmentsOf: Map<string, string[]>;
  /** a normalized old path → the slug its post is given */
  postPaths: Map<string, string>;
  /** the slug a post is given → its post id */
  postIds: Map<string, string>;
  /** items by post type, and comments */
  counts: Map<string, number>;
}

/** The site's own addresses, to tell a link to this site from a link elsewhere. */
export const siteHosts = (channel: WxrChannel) =>
  new Set(
    [channel.baseSiteUrl, channel.baseBlogUrl, channel.link].flatMap((url) => {
      try {
        return [new URL(url).host.replace(/^www\./, '')];
      } catch {
        return [];
      }
    })
  );

const sitePath = (channel: WxrChannel) => {
  try {
    return new URL(channel.baseBlogUrl || channel.link).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
};

/**
 * Every address a post was reachable at: its permalink, `?p=<id>`, its guid when that is an address of
 * the site; each also without the site's own folder (a blog at example.org/news/ moving to the root).
 */
export function oldPathsOf(item: WxrItem, channel: WxrChannel): string[] {
  const hosts = siteHosts(channel);
  const folder = sitePath(channel);
  const candidates = [item.link, item.postId ? `${channel.baseBlogUrl || channel.link}/?p=${item.postId}` : ''];
  try {
    if (hosts.has(new URL(item.guid).host.replace(/^www\./, ''))) candidates.push(item.guid);
  } catch {
    // a guid that is no URL is only an id
  }
  const paths = new Set<string>();
  for (const candidate of candidates) {
    const path = candidate && normalizeOldPath(candidate);
    if (!path || path === '/' || path === folder) continue;
    paths.add(path);
    if (folder && path.startsWith(`${folder}/`)) paths.add(path.slice(folder.length));
    if (folder && path.startsWith(`${folder}?`)) paths.add(`/${path.slice(folder.length)}`);
  }
  return [...paths];
}

export const decodeSlug = (name: string) => {
  try {
    return decodeURIComponent(name.trim());
  } catch {
    return name.trim();
  }
};

export async function indexWxr(file: string, slugOf: (name: string) => string): Promise<WxrIndex> {
  const index: WxrIndex = {
    channel: emptyChannel(),
    attachments: new Map(),
    attachmentsOf: new Map(),
    postPaths: new Map(),
    postIds: new Map(),
    counts: new Map(),
  };
  const bump = (key: string, by = 1) => index.counts.set(key, (index.counts.get(key) ?? 0) + by);
  for await (const item of wxrItems(file, index.channel)) {
    bump(item.type || 'post');
    bump('comment', item.comments);
    if (item.type === 'attachment') {
      index.attachments.set(item.postId, {
        url: item.attachmentUrl || item.guid,
        parent: item.parent,
        caption: item.excerpt.trim(),
        alt: (item.meta._wp_attachment_image_alt ?? '').trim(),
      });
      if (item.parent && item.parent !== '0') {
        index.attachmentsOf.set(item.parent, [...(index.attachmentsOf.get(item.parent) ?? []), item.postId]);
      }
    } else if (item.type === 'post') {
      const slug = slugOf(decodeSlug(item.name) || item.title);
      if (slug) for (const path of oldPathsOf(item, index.channel)) index.postPaths.set(path, slug);
      if (slug && !index.postIds.has(slug)) index.postIds.set(slug, item.postId);
    }
  }
  return index;
}
