/**
 * A CMS post's HTML body as our blocks, through the same element-by-element
 * walk as HTML articles (read/html/html-blocks.ts). Links that lead to
 * another post of the same export are pointed at that post's new address.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { blocksOf } from '../html/html-blocks';
import type { InlineNode, ListNode, ListItemNode, StoryBlock, TextNode } from '../../story/parsed-story';

// One window parses every post: building a jsdom window costs several times a parse.
let parser: DOMParser | undefined;
const parse = (html: string): Document => {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
};

/** A link's new address, or undefined to leave it as it is. */
export type RewriteLink = (url: string) => string | undefined;

const rewriteInline = (nodes: InlineNode[], rewrite: RewriteLink): InlineNode[] =>
  nodes.map((node) => (node.type === 'link' ? { ...node, url: rewrite(node.url) ?? node.url } : node));

const rewriteList = (list: ListNode, rewrite: RewriteLink): ListNode => ({
  ...list,
  children: list.children.map((child): ListItemNode | ListNode =>
    child.type === 'list' ? rewriteList(child, rewrite) : { ...child, children: rewriteInline(child.children, rewrite) }
  ),
});

const rewriteNode = (node: TextNode, rewrite: RewriteLink): TextNode => {
  if (node.type === 'list') return rewriteList(node, rewrite);
  if (node.type === 'code') return node;
  return { ...node, children: rewriteInline(node.children, rewrite) } as TextNode;
};

export interface BodyOptions {
  baseUrl?: string;
  rewriteLink?: RewriteLink;
  warnings: string[];
}

export function htmlBody(html: string, options: BodyOptions): StoryBlock[] {
  const doc = parse(html);
  const blocks = blocksOf(doc.body, { baseUrl: options.baseUrl, readAlso: [], warnings: options.warnings });
  const rewrite = options.rewriteLink;
  if (!rewrite) return blocks;
  return blocks.map((block) =>
    block.kind === 'text' ? { ...block, nodes: block.nodes.map((node) => rewriteNode(node, rewrite)) } : block
  );
}

/** Text of HTML (an excerpt, a caption): tags out, entities decoded, white space folded. */
export function htmlText(html: string): string {
  // Most titles, excerpts and category names hold no markup, and a parse costs a document each.
  const text = /[<&\0]/.test(html) ? (parse(html).body.textContent ?? '') : html;
  return text.replace(/\s+/g, ' ').trim();
}
