import type { InlineNode, ParsedStory, StoryBlock, TextNode } from './parsed-story';

/**
 * Links between posts of one export, in the parsed story: a reader writes them as the public path of
 * the slug the target post asks for (PUBLIC_ARTICLE_PATH); the writer may give that post another slug.
 */

type AnyNode = TextNode | InlineNode | { type: string; url?: string; children?: AnyNode[] };

/** The slug in a public story path (`/articles/:slug`), or undefined for any other address. */
export function slugInPath(url: string, articlePath: string): string | undefined {
  const [prefix, suffix = ''] = articlePath.split(':slug');
  if (!url.startsWith(prefix) || !url.endsWith(suffix) || url.length <= prefix.length + suffix.length) return undefined;
  const encoded = url.slice(prefix.length, url.length - suffix.length);
  if (encoded.includes('/')) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

function eachLink(nodes: AnyNode[], visit: (node: { url: string }) => void) {
  for (const node of nodes) {
    if (node.type === 'link' && 'url' in node && typeof node.url === 'string') visit(node as { url: string });
    if ('children' in node && Array.isArray(node.children)) eachLink(node.children as AnyNode[], visit);
  }
}

const textBlocks = (blocks: StoryBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'text' ? [block.nodes as AnyNode[]] : []));

/** The slugs the story links to by their public path. */
export function linkedSlugs(story: ParsedStory, articlePath: string): string[] {
  const slugs = new Set<string>();
  for (const nodes of textBlocks(story.blocks))
    eachLink(nodes, (link) => {
      const slug = slugInPath(link.url, articlePath);
      if (slug) slugs.add(slug);
    });
  return [...slugs];
}

/** The story with its links to renamed posts pointing at their slugs here; the story itself is not changed. */
export function relinked(story: ParsedStory, articlePath: string, renamed: Map<string, string>): ParsedStory {
  if (!renamed.size) return story;
  const blocks = structuredClone(story.blocks);
  for (const nodes of textBlocks(blocks))
    eachLink(nodes, (link) => {
      const slug = slugInPath(link.url, articlePath);
      const now = slug === undefined ? undefined : renamed.get(slug);
      if (now) link.url = articlePath.replace(':slug', encodeURIComponent(now));
    });
  return { ...story, blocks };
}
