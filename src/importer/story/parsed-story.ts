/**
 * The neutral shape every parser produces and the writer consumes. Text nodes
 * are already Strapi `blocks` nodes, so the writer stores them as they are and
 * a parser is the only place that decides what a paragraph or a heading is.
 */
export interface TextLeaf {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
}

export type InlineNode = TextLeaf | { type: 'link'; url: string; children: TextLeaf[] };

export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItemNode | ListNode)[] };
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };

export type TextNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextLeaf[] }
  | ListNode;

export type ReadAlsoBlock = { kind: 'read-also'; title: string; url?: string };
export type ImageBlock = { kind: 'image'; src: string; alt?: string; caption?: string; credit?: string };

export type StoryBlock = { kind: 'text'; nodes: TextNode[] } | ReadAlsoBlock | ImageBlock;

/** A section or tag as the source names it; the slug is the source's own when it has one. */
export interface TermRef {
  name: string;
  slug?: string;
  /** a section's parent section, where the source nests them (WordPress category parents) */
  parent?: TermRef;
}

export interface ParsedStory {
  format: 'text' | 'html' | 'html-page' | 'wxr' | 'ghost';
  title: string;
  summary?: string;
  author?: { name?: string; bio?: string; jobTitle?: string };
  blocks: StoryBlock[];
  /** the story's own address on the site it came from (canonical link, og:url, JSON-LD) */
  canonicalUrl?: string;
  /** what relative links and images in the source are relative to, when the source says */
  baseUrl?: string;
  warnings: string[];
  /** the slug the story had where it came from (a CMS export); taken when free */
  slug?: string;
  /** the source's own status: it wins over --publish, which applies to files that carry none */
  status?: 'published' | 'draft';
  /** when the story was first published where it came from (ISO 8601): its firstPublishedAt */
  publishedAt?: string;
  /** a draft the source had scheduled (ISO 8601): it goes live by itself then (publishAt) */
  scheduledFor?: string;
  section?: TermRef;
  tags?: TermRef[];
  cover?: ImageBlock;
  /** where the story lived on the old site (normalized paths, see api/redirect/old-path.ts) */
  oldPaths?: string[];
  /** an identity the source itself gives the story (an export's post id or uuid), for sourceId */
  sourceKey?: string;
}

/** A file that cannot become a story; the message is the reason shown to the person importing. */
export class StoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}
