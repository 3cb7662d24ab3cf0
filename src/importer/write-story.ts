import type { Core } from '@strapi/strapi';
import type { InlineNode, ParsedStory, StoryBlock, TextNode } from './parse-text';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const RELATED_LINK = 'api::related-link.related-link';

export interface WriteOptions {
  publish?: boolean;
  /** used when the story names no author */
  defaultAuthorName?: string;
}

const textOf = (node: TextNode) =>
  node.children.map((child: InlineNode) => (child.type === 'text' ? child.text : child.children.map((c) => c.text).join(''))).join('');

async function findOrCreateAuthor(strapi: Core.Strapi, story: ParsedStory, options: WriteOptions) {
  const name = story.author?.name ?? options.defaultAuthorName;
  if (!name) return undefined;
  const authors = strapi.documents(AUTHOR);
  const existing = await authors.findFirst({ filters: { name: { $eqi: name } } });
  if (existing) return existing.documentId;
  const created = await authors.create({ data: { name, bio: story.author?.bio } });
  return created.documentId;
}

async function findOrCreateLink(strapi: Core.Strapi, block: Extract<StoryBlock, { kind: 'read-also' }>) {
  const links = strapi.documents(RELATED_LINK);
  const existing = await links.findFirst({ filters: { title: { $eqi: block.title } } });
  if (existing) return existing.documentId;
  const created = await links.create({ data: { title: block.title, ...(block.url ? { url: block.url } : {}) } });
  return created.documentId;
}

/** The story's blocks as the Article body's dynamic zone. */
async function bodyOf(strapi: Core.Strapi, story: ParsedStory) {
  const body: Record<string, unknown>[] = [];
  for (const block of story.blocks) {
    if (block.kind === 'text') {
      body.push({
        __component: 'article.text',
        content: block.nodes.map((node) => ({ ...node, children: node.children.length ? node.children : [{ type: 'text', text: textOf(node) }] })),
      });
    } else if (block.kind === 'read-also') {
      body.push({ __component: 'article.read-also', link: await findOrCreateLink(strapi, block) });
    }
  }
  return body;
}

/** Writes one parsed story through the document service, whole or not at all. */
export async function writeStory(strapi: Core.Strapi, story: ParsedStory, options: WriteOptions = {}) {
  return strapi.db.transaction(async () => {
    const author = await findOrCreateAuthor(strapi, story, options);
    const body = await bodyOf(strapi, story);
    return strapi.documents(ARTICLE).create({
      data: { title: story.title, summary: story.summary, body, ...(author ? { author } : {}) } as any,
      status: options.publish ? 'published' : 'draft',
    });
  });
}
