export interface ExtractedText {
  text: string;
  images: number;
}

const BLOCK_SEPARATOR = '\n\n';

// Leaves and links flow inside a line; everything else (paragraph, heading, list, list-item,
// quote, code, image and types added later) starts a new block, so words from adjacent blocks
// never run together when counted.
const INLINE_TYPES = new Set(['text', 'link']);

// Rich text comes straight from request bodies; a hand-made payload can nest absurdly deep,
// and recursion must not become a stack overflow on save.
const MAX_DEPTH = 64;

type Node = { type?: unknown; text?: unknown; children?: unknown };

interface Walk {
  segments: string[];
  images: number;
  // Objects built in code (not parsed JSON) can share or contain themselves; visiting each
  // node once keeps the walk linear instead of looping or exploding.
  seen: WeakSet<object>;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInline(node: Node): boolean {
  return typeof node.text === 'string' || INLINE_TYPES.has(node.type as string);
}

function firstVisit(node: Node, walk: Walk): boolean {
  if (walk.seen.has(node)) return false;
  walk.seen.add(node);
  return true;
}

function inlineText(node: Node, depth: number, walk: Walk): string {
  if (typeof node.text === 'string') return node.text;
  if (depth >= MAX_DEPTH || !Array.isArray(node.children)) return '';
  let text = '';
  for (const child of node.children) {
    if (isNode(child) && firstVisit(child, walk)) text += inlineText(child, depth + 1, walk);
  }
  return text;
}

// Empty paragraphs and an image's placeholder child are not text; keeping them would only add
// blank separators.
function pushSegment(walk: Walk, segment: string): void {
  if (segment.trim() !== '') walk.segments.push(segment);
}

// Runs of inline children become one segment; block children (list items, nested lists)
// become their own.
function collectBlock(node: Node, depth: number, walk: Walk): void {
  if (node.type === 'image') walk.images++;
  if (depth >= MAX_DEPTH || !Array.isArray(node.children)) return;
  let line = '';
  for (const child of node.children) {
    if (!isNode(child) || !firstVisit(child, walk)) continue;
    if (isInline(child)) {
      line += inlineText(child, depth + 1, walk);
      continue;
    }
    pushSegment(walk, line);
    line = '';
    collectBlock(child, depth + 1, walk);
  }
  pushSegment(walk, line);
}

export function extractText(blocks: unknown): ExtractedText {
  if (!Array.isArray(blocks)) return { text: '', images: 0 };
  try {
    const walk: Walk = { segments: [], images: 0, seen: new WeakSet() };
    for (const node of blocks) {
      if (!isNode(node) || !firstVisit(node, walk)) continue;
      if (isInline(node)) pushSegment(walk, inlineText(node, 0, walk));
      else collectBlock(node, 0, walk);
    }
    return { text: walk.segments.join(BLOCK_SEPARATOR), images: walk.images };
  } catch {
    // Throwing getters or proxies in garbage input: a save must not fail over a word count.
    return { text: '', images: 0 };
  }
}

export function extractTextFromMany(blocksList: unknown[]): ExtractedText {
  if (!Array.isArray(blocksList)) return { text: '', images: 0 };
  const texts: string[] = [];
  let images = 0;
  for (const blocks of blocksList) {
    const extracted = extractText(blocks);
    if (extracted.text !== '') texts.push(extracted.text);
    images += extracted.images;
  }
  return { text: texts.join(BLOCK_SEPARATOR), images };
}
