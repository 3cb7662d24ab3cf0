/**
 * What search reads of a story: its headline, standfirst and the text of its rich-text body blocks
 * (headings included; Read Also links and captions are not the story's words), and what it filters by.
 */
export interface StoryForSearch {
  documentId: string;
  locale?: string | null;
  title?: string | null;
  summary?: string | null;
  body?: unknown;
  author?: { documentId: string } | null;
  section?: { documentId: string } | null;
  tags?: { documentId: string }[] | null;
  firstPublishedAt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
}

type Node = { type?: unknown; text?: unknown; children?: unknown };
const MAX_DEPTH = 64;

function collect(nodes: unknown, depth: number, lines: string[], line: string[]) {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
  for (const node of nodes as Node[]) {
    if (typeof node !== 'object' || node === null) continue;
    if (typeof node.text === 'string') line.push(node.text);
    else if (node.type === 'link') collect(node.children, depth + 1, lines, line);
    else {
      // A block of its own: its words never run into the neighbours'.
      const own: string[] = [];
      collect(node.children, depth + 1, lines, own);
      if (own.length) lines.push(own.join(''));
    }
  }
}

/** The body's text, one line a block. */
export function bodyText(body: unknown): string {
  if (!Array.isArray(body)) return '';
  const lines: string[] = [];
  for (const block of body as { __component?: unknown; content?: unknown }[]) {
    if (block?.__component !== 'article.text') continue;
    collect(block.content, 0, lines, []);
  }
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
