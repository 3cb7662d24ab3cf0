/**
 * Reads a WordPress export (WXR 1.0–1.2) as a stream of items with saxes, so
 * memory holds one item at a time whatever the file's size. What sits in the
 * channel (site address, authors, categories) is gathered into `channel`
 * as it passes; WordPress writes it before the first item.
 *
 * Elements are named by namespace, not prefix: WordPress has written its
 * namespace as http:// and https://, and with versions 1.0 to 1.2.
 */
import fs from 'fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { StoryError } from '../../story/parsed-story';
import { NestedCdataRepair } from './nested-cdata';

export interface WxrCategory {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  date: string;
  dateGmt: string;
  name: string;
  status: string;
  parent: string;
  type: string;
  password: string;
  attachmentUrl: string;
  categories: WxrCategory[];
  meta: Record<string, string>;
  comments: number;
}

export interface WxrChannel {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  version: string;
  /** login → display name */
  authors: Map<string, string>;
  /** the channel's category list: nicename → its name and its parent's nicename */
  categories: Map<string, { name: string; parent: string }>;
  /** what the channel held besides items, for a check that this is an export at all */
  sawChannel: boolean;
}

export const emptyChannel = (): WxrChannel => ({
  title: '',
  link: '',
  baseSiteUrl: '',
  baseBlogUrl: '',
  version: '',
  authors: new Map(),
  categories: new Map(),
  sawChannel: false,
});

const newItem = (): WxrItem => ({
  title: '',
  link: '',
  guid: '',
  pubDate: '',
  creator: '',
  content: '',
  excerpt: '',
  postId: '',
  date: '',
  dateGmt: '',
  name: '',
  status: '',
  parent: '',
  type: '',
  password: '',
  attachmentUrl: '',
  categories: [],
  meta: {},
  comments: 0,
});

const PREFIXES: Array<[RegExp, string]> = [
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/, 'wp'],
  [/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/, 'content'],
  [/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/, 'dc'],
];

const keyOf = (tag: SaxesTagNS) => {
  if (!tag.uri) return tag.local;
  const prefix = PREFIXES.find(([pattern]) => pattern.test(tag.uri))?.[1];
  return `${prefix ?? `{${tag.uri}}`}:${tag.local}`;
};

/** The item fields that are one text element directly inside <item>. */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  pubDate: 'pubDate',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_name': 'name',
  'wp:status': 'status',
  'wp:post_parent': 'parent',
  'wp:post_type': 'type',
  'wp:post_password': 'password',
  'wp:attachment_url': 'attachmentUrl',
};

const CHANNEL_FIELDS: Record<string, 'title' | 'link' | 'baseSiteUrl' | 'baseBlogUrl' | 'version'> = {
  title: 'title',
  link: 'link',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:wxr_version': 'version',
};

/**
 * A copy of a value read from the file. Saxes hands out slices of the chunk it was given, and one small
 * slice kept (an index entry, a result's label) keeps its whole 256 KB chunk alive: kept for every
 * post, they would keep the whole export in memory. V8 copies slices shorter than 13 characters itself.
 */
const own = (value: string) => (value.length < 13 ? value : structuredClone(value));

/** Every item of the export, in file order; `channel` is filled in as the channel passes. */
export async function* wxrItems(file: string, channel: WxrChannel): AsyncGenerator<WxrItem> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: string[] = [];
  const ready: WxrItem[] = [];
  let text = '';
  let item: WxrItem | undefined;
  let category: WxrCategory | undefined;
  let metaKey = '';
  let author: { login: string; name: string } | undefined;
  let channelCategory: { nicename: string; name: string; parent: string } | undefined;
  let failure: Error | undefined;

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('opentag', (tag) => {
    const key = keyOf(tag);
    const depth = stack.length;
    if (depth === 0 && key !== 'rss')
      throw new StoryError(`not a WordPress export: the root element is <${tag.name}>, not <rss>`);
    if (depth === 1 && key === 'channel') channel.sawChannel = true;
    stack.push(key);
    text = '';
    if (key === 'item' && stack[1] === 'channel' && depth === 2) item = newItem();
    else if (item && key === 'category' && depth === 3) {
      const attribute = (name: string) => {
        const value = tag.attributes[name];
        return own(typeof value === 'string' ? value : (value?.value ?? ''));
      };
      category = { domain: attribute('domain'), nicename: attribute('nicename'), name: '' };
    } else if (!item && key === 'wp:author' && depth === 2) author = { login: '', name: '' };
    else if (!item && key === 'wp:category' && depth === 2) channelCategory = { nicename: '', name: '', parent: '' };
  });
  parser.on('closetag', () => {
    const key = stack.pop() ?? '';
    const depth = stack.length;
    // A post's content is read once, into blocks; everything else may be kept.
    const value = key === 'content:encoded' ? text : own(text);
    text = '';
    if (item) {
      if (depth === 2 && key === 'item') {
        ready.push(item);
        item = undefined;
      } else if (depth === 3 && category && key === 'category') {
        category.name = value.trim();
        item.categories.push(category);
        category = undefined;
      } else if (depth === 3 && ITEM_FIELDS[key]) {
        const field = ITEM_FIELDS[key] as Exclude<keyof WxrItem, 'categories' | 'meta' | 'comments'>;
        item[field] = value;
      } else if (depth === 4 && stack[3] === 'wp:postmeta') {
        if (key === 'wp:meta_key') metaKey = value.trim();
        else if (key === 'wp:meta_value' && metaKey) item.meta[metaKey] = value;
      } else if (depth === 3 && key === 'wp:comment') item.comments++;
    } else if (author) {
      if (key === 'wp:author_login') author.login = value.trim();
      else if (key === 'wp:author_display_name') author.name = value.trim();
      else if (key === 'wp:author' && depth === 2) {
        if (author.login) channel.authors.set(author.login, author.name || author.login);
        author = undefined;
      }
    } else if (channelCategory) {
      if (key === 'wp:category_nicename') channelCategory.nicename = value.trim();
      else if (key === 'wp:cat_name') channelCategory.name = value.trim();
      else if (key === 'wp:category_parent') channelCategory.parent = value.trim();
      else if (key === 'wp:category' && depth === 2) {
        const { nicename, name, parent } = channelCategory;
        if (nicename) channel.categories.set(nicename, { name, parent });
        channelCategory = undefined;
      }
    } else if (depth === 2 && stack[1] === 'channel' && CHANNEL_FIELDS[key]) {
      channel[CHANNEL_FIELDS[key]] = value.trim();
    }
  });

  const fail = (error: Error): never => {
    if (error instanceof StoryError) throw error;
    throw new StoryError(`the WordPress export is not well-formed XML (${error.message}); nothing was imported`);
  };

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  const repair = new NestedCdataRepair();
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      try {
        parser.write(repair.push(first ? chunk.replace(/^\uFEFF/, '') : chunk));
      } catch (error) {
        fail(error as Error);
      }
      first = false;
      if (failure) fail(failure);
      while (ready.length) yield ready.shift()!;
    }
    try {
      parser.write(repair.end());
      parser.close();
    } catch (error) {
      fail(error as Error);
    }
    if (failure) fail(failure);
    while (ready.length) yield ready.shift()!;
  } finally {
    stream.destroy();
  }
  if (!channel.sawChannel) throw new StoryError('not a WordPress export: the file has no <channel>');
}
