/**
 * Walks a story's HTML in document order and produces its blocks: headings,
 * paragraphs, lists, quotes and code as rich text, pictures as image blocks,
 * and "Read Also" markers (see html-extract.ts) as read-also blocks. Whatever
 * cannot be kept (video players, embeds) is named in a warning.
 */
import { childElementsOf, childNodesOf, someDescendant } from './dom-walk';
import { readAlsoMarker } from './html-extract';
import { imageBlock } from './html-images';
import { inlineNodes, plainText } from './html-inline';
import type { InlineNode, ListNode, ReadAlsoBlock, StoryBlock, TextLeaf, TextNode } from '../../story/parsed-story';

export interface WalkContext {
  baseUrl?: string;
  readAlso: ReadAlsoBlock[][];
  warnings: string[];
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'SVG',
  'LINK',
  'META',
  'HEAD',
  'TITLE',
  'SOURCE',
  'TRACK',
  'MAP',
  'AREA',
  'DIALOG',
]);
const EMBEDS = new Set(['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT', 'CANVAS']);
const HEADING_LEVEL: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { H1: 2, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

const hasBlockInside = (el: Element) => someDescendant(el, (child) => !INLINE.has(child.tagName));
const text = (value: string): TextLeaf => ({ type: 'text', text: value });

export function blocksOf(root: Element, context: WalkContext): StoryBlock[] {
  const blocks: StoryBlock[] = [];
  const dropped = new Set<string>();

  const pushNode = (node: TextNode) => {
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'text') last.nodes.push(node);
    else blocks.push({ kind: 'text', nodes: [node] });
  };

  const paragraph = (children: InlineNode[]) => {
    if (!children.length) return;
    const marker = children.length === 1 && children[0].type === 'text' ? readAlsoMarker(children[0].text) : undefined;
    if (marker !== undefined) blocks.push(...(context.readAlso[marker] ?? []));
    else pushNode({ type: 'paragraph', children });
  };

  const image = (img: Element, figcaption?: Element | null) => {
    const block = imageBlock(img, figcaption);
    if (block) blocks.push(block);
  };

  /** A list node; pictures inside its items are collected in `pictures`, to follow the list. */
  const list = (el: Element, pictures: Element[]): ListNode | undefined => {
    const children: ListNode['children'] = [];
    for (const item of childElementsOf(el)) {
      if (item.tagName !== 'LI') continue;
      const nested = [...childElementsOf(item)].filter((child) => child.tagName === 'UL' || child.tagName === 'OL');
      const own = [...childNodesOf(item)].filter((child) => !nested.includes(child as Element));
      const inline = inlineNodes(own, context.baseUrl);
      if (inline.length) children.push({ type: 'list-item', children: inline });
      pictures.push(...Array.from(item.querySelectorAll('img')).filter((img) => img.closest('li') === item));
      for (const sub of nested) {
        const subList = list(sub, pictures);
        if (subList) children.push(subList);
      }
    }
    return children.length
      ? { type: 'list', format: el.tagName === 'OL' ? 'ordered' : 'unordered', children }
      : undefined;
  };

  /** Inline runs sitting directly in a container become paragraphs; blocks are walked in place. */
  const walk = (container: Element) => {
    let pending: Node[] = [];
    const flush = () => {
      if (pending.length) paragraph(inlineNodes(pending, context.baseUrl));
      pending = [];
    };
    for (const child of childNodesOf(container)) {
      if (child.nodeType === 3) {
        pending.push(child);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (INLINE.has(el.tagName) && !hasBlockInside(el)) {
        pending.push(el);
        continue;
      }
      if (
        INLINE.has(el.tagName) &&
        !el.querySelector(':scope *:not(img):not(picture):not(source)') &&
        el.querySelector('img')
      ) {
        // A linked picture (<a><img></a>) between paragraphs.
        flush();
        el.querySelectorAll('img').forEach((img) => image(img));
        continue;
      }
      flush();
      block(el);
    }
    flush();
  };

  const block = (el: Element) => {
    const tag = el.tagName;
    if (SKIPPED.has(tag)) return;
    if (EMBEDS.has(tag)) {
      const src = el.getAttribute('src') ?? el.querySelector('source')?.getAttribute('src') ?? '';
      const what = `${tag.toLowerCase()}${src ? ` ${src}` : ''}`;
      if (!dropped.has(what)) context.warnings.push(`dropped an embedded ${what}: the CMS has no block for it`);
      dropped.add(what);
      return;
    }
    if (HEADING_LEVEL[tag]) {
      const children = inlineNodes(el, context.baseUrl);
      if (children.length) pushNode({ type: 'heading', level: HEADING_LEVEL[tag], children });
      el.querySelectorAll('img').forEach((img) => image(img));
      return;
    }
    switch (tag) {
      case 'P':
        if (hasBlockInside(el)) walk(el);
        else paragraph(inlineNodes(el, context.baseUrl));
        return;
      case 'UL':
      case 'OL': {
        const pictures: Element[] = [];
        const node = list(el, pictures);
        if (node) pushNode(node);
        pictures.forEach((img) => image(img));
        return;
      }
      case 'BLOCKQUOTE': {
        const parts = (
          el.querySelector('p, div')
            ? Array.from(el.querySelectorAll('p, div')).filter((p) => !p.querySelector('p, div'))
            : [el]
        ).map((part) => inlineNodes(part, context.baseUrl));
        const children = parts.filter((part) => part.length).flatMap((part, i) => (i ? [text('\n'), ...part] : part));
        if (children.length) pushNode({ type: 'quote', children });
        return;
      }
      case 'PRE': {
        const code = (el.textContent ?? '').replace(/^\n/, '').replace(/\s+$/, '');
        if (code) pushNode({ type: 'code', children: [text(code)] });
        return;
      }
      case 'FIGURE': {
        const images = Array.from(el.querySelectorAll('img'));
        if (!images.length) return walk(el);
        images.forEach((img, i) => image(img, i === images.length - 1 ? el.querySelector('figcaption') : undefined));
        return;
      }
      case 'IMG':
        return image(el);
      case 'PICTURE': {
        const img = el.querySelector('img');
        if (img) image(img);
        return;
      }
      case 'TABLE': {
        context.warnings.push('a table became one paragraph a row: the CMS has no table block');
        const caption = el.querySelector('caption');
        if (caption) paragraph(inlineNodes(caption, context.baseUrl));
        for (const row of Array.from(el.querySelectorAll('tr'))) {
          const cells = [...childElementsOf(row)].map((cell) =>
            plainText(inlineNodes(cell, context.baseUrl)).replace(/\n/g, ' ').trim()
          );
          if (cells.some(Boolean)) pushNode({ type: 'paragraph', children: [text(cells.join(' | '))] });
        }
        return;
      }
      case 'HR':
        return;
      case 'DL':
        for (const item of Array.from(el.children)) paragraph(inlineNodes(item, context.baseUrl));
        return;
      default:
        walk(el);
    }
  };

  walk(root);
  return blocks;
}
