/**
 * The inline content of an HTML element (text, emphasis, links, line breaks)
 * as Strapi blocks inline nodes, with whitespace collapsed the way a browser
 * renders it, so "A <b>bold</b> move" keeps its spaces and a pretty-printed
 * source gains none.
 */
import { childNodesOf } from './dom-walk';
import type { InlineNode, TextLeaf } from '../../story/parsed-story';

type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';
type Marks = Partial<Record<Mark, true>>;

const MARK_OF: Record<string, Mark> = {
  B: 'bold',
  STRONG: 'bold',
  I: 'italic',
  EM: 'italic',
  CITE: 'italic',
  DFN: 'italic',
  U: 'underline',
  INS: 'underline',
  S: 'strikethrough',
  STRIKE: 'strikethrough',
  DEL: 'strikethrough',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
};
const MARKS: Mark[] = ['bold', 'italic', 'underline', 'strikethrough', 'code'];
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SVG',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
]);
const MAX_URL = 2048;

/** HTML whitespace, not \s: a no-break space is text the author typed. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/**
 * A link target usable in the CMS: absolute http(s) (resolved against the
 * page's own address when it has one), mailto: and tel:, or a site path.
 * Script and data URLs, fragments and unresolvable relative paths give none.
 */
export function resolveHref(href: string | null | undefined, baseUrl?: string): string | undefined {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#')) return undefined;
  if (/^(?:mailto|tel):/i.test(raw)) return raw.length <= MAX_URL ? raw : undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return undefined;
  let url: string | undefined;
  try {
    if (baseUrl) url = new URL(raw, baseUrl).href;
    else if (/^https?:\/\//i.test(raw)) url = new URL(raw).href;
    else if (raw.startsWith('//')) url = new URL(`https:${raw}`).href;
    else if (raw.startsWith('/')) url = raw.replace(/\s/g, '%20');
  } catch {
    return undefined;
  }
  if (!url || url.length > MAX_URL) return undefined;
  return /^https?:\/\/[^\s/?#\\]+/i.test(url) || /^\/(?![/\\])/.test(url) ? url : undefined;
}

/** Only an absolute http(s) address: what a "Read Also" link keeps as its url. */
export function absoluteHref(href: string | null | undefined, baseUrl?: string): string | undefined {
  const url = resolveHref(href, baseUrl);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

const sameMarks = (a: TextLeaf, b: TextLeaf) => MARKS.every((mark) => a[mark] === b[mark]);

function leaf(text: string, marks: Marks): TextLeaf {
  const node: TextLeaf = { type: 'text', text };
  for (const mark of MARKS) if (marks[mark]) node[mark] = true;
  return node;
}

function collect(
  node: Node,
  marks: Marks,
  baseUrl: string | undefined,
  out: InlineNode[],
  link?: { children: TextLeaf[] }
) {
  if (node.nodeType === 3 /* text */) {
    const text = collapse(node.nodeValue ?? '');
    if (text) (link ? link.children : out).push(leaf(text, marks));
    return;
  }
  if (node.nodeType !== 1 /* element */) return;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'BR') {
    (link ? link.children : out).push(leaf('\n', marks));
    return;
  }
  const mark = MARK_OF[tag];
  const inner: Marks = mark ? { ...marks, [mark]: true } : marks;
  if (tag === 'Q') (link ? link.children : out).push(leaf('“', inner));
  if (tag === 'A' && !link) {
    const url = resolveHref(element.getAttribute('href'), baseUrl);
    if (url) {
      const anchor = { type: 'link' as const, url, children: [] as TextLeaf[] };
      out.push(anchor);
      for (const child of childNodesOf(element)) collect(child, inner, baseUrl, out, anchor);
      return;
    }
  }
  for (const child of childNodesOf(element)) collect(child, inner, baseUrl, out, link);
  if (tag === 'Q') (link ? link.children : out).push(leaf('”', inner));
}

/** Browser whitespace rules over the whole run, links included, then merges equal neighbours. */
function tidy(nodes: InlineNode[]): InlineNode[] {
  const leaves = nodes.flatMap((node) => (node.type === 'link' ? node.children : [node]));
  let atLineStart = true;
  for (const current of leaves) {
    if (atLineStart) current.text = current.text.replace(/^ +/, '');
    current.text = current.text.replace(/ +\n/g, '\n').replace(/\n +/g, '\n');
    if (current.text) atLineStart = /[ \n]$/.test(current.text);
  }
  for (let i = leaves.length - 1; i >= 0; i--) {
    leaves[i].text = leaves[i].text.replace(/[ \n]+$/, '');
    if (leaves[i].text) break;
  }
  // A space left at the end of a leaf before a line break ("a <b>b </b><br>") goes too.
  let nextStartsLine = false;
  for (let i = leaves.length - 1; i >= 0; i--) {
    if (nextStartsLine) leaves[i].text = leaves[i].text.replace(/ +$/, '');
    if (leaves[i].text) nextStartsLine = leaves[i].text.startsWith('\n');
  }

  const merge = (list: TextLeaf[]) =>
    list.reduce<TextLeaf[]>((merged, node) => {
      if (!node.text) return merged;
      const last = merged[merged.length - 1];
      if (last && sameMarks(last, node)) last.text += node.text;
      else merged.push(node);
      return merged;
    }, []);

  const result: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'link') {
      const children = merge(node.children);
      if (children.length) result.push({ ...node, children });
      continue;
    }
    if (!node.text) continue;
    const last = result[result.length - 1];
    if (last?.type === 'text' && sameMarks(last, node)) last.text += node.text;
    else result.push(node);
  }
  return result;
}

/** The inline nodes of `element` (or of several sibling nodes); empty when it holds no text. */
export function inlineNodes(nodes: Node | Node[], baseUrl?: string): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of Array.isArray(nodes) ? nodes : childNodesOf(nodes)) collect(node, {}, baseUrl, out);
  return tidy(out);
}

export const plainText = (nodes: InlineNode[]) =>
  nodes.map((node) => (node.type === 'link' ? node.children.map((c) => c.text).join('') : node.text)).join('');

/** An element's text as a reader sees it: whitespace collapsed and trimmed, hidden parts skipped. */
export const visibleText = (node: Node) => plainText(inlineNodes(node)).replace(/\n+/g, ' ').trim();
