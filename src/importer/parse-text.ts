/**
 * Parses a story in the plain-text shape newsrooms paste from their old CMS
 * (the sample story's shape): a title line, an optional "By Name" line,
 * paragraphs separated by blank lines, short title-case lines as headings,
 * "Read Also: <title>" lines, and an "About the author" section at the end.
 *
 * Pure: text in, a neutral story out. Mapping to Strapi documents happens in
 * write-story.ts, so the HTML parser can produce the same shape.
 */
export type InlineNode =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'link'; url: string; children: { type: 'text'; text: string }[] };

export type TextNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] };

export type StoryBlock =
  | { kind: 'text'; nodes: TextNode[] }
  | { kind: 'read-also'; title: string; url?: string }
  | { kind: 'image'; src: string; caption?: string; credit?: string };

export interface ParsedStory {
  title: string;
  summary?: string;
  author?: { name?: string; bio?: string };
  blocks: StoryBlock[];
  warnings: string[];
}

const READ_ALSO = /^read also\s*[:：]\s*(.+)$/i;
const ABOUT_AUTHOR = /^about the author\s*:?$/i;
const BYLINE = /^by\s+(.{2,120})$/i;
const PLACEHOLDER = /\b(lorem ipsum|dolor sit amet|consectetur adipiscing)\b/i;
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** Blank-line separated chunks, each with its inner line breaks folded. */
const splitChunks = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    .filter(Boolean);

/** A short line with no closing punctuation whose words are capitalised. */
export const looksLikeHeading = (line: string): boolean => {
  if (line.length > 80 || /[.!?;:,"”’]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 10) return false;
  return words.every(
    (word, i) => (i > 0 && MINOR_WORDS.has(word.toLowerCase())) || !/^\p{Ll}/u.test(word)
  );
};

const paragraph = (text: string): TextNode => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text: string): TextNode => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

export function parseTextStory(input: string): ParsedStory {
  if (!input.trim()) throw new Error('the file has no text');

  // The title is the first line, even when the body follows without a blank line.
  const [firstLine, ...bodyLines] = input.replace(/\r\n?/g, '\n').trim().split('\n');
  const title = firstLine.trim();
  if (title.length > 300) throw new Error('the first line is too long to be a headline');
  const all = splitChunks(bodyLines.join('\n'));

  const warnings: string[] = [];
  const blocks: StoryBlock[] = [];
  let author: ParsedStory['author'];
  let current: TextNode[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'text', nodes: current });
    current = [];
  };

  for (let i = 0; i < all.length; i++) {
    const chunk = all[i];
    const byline = i === 0 && blocks.length === 0 && current.length === 0 && BYLINE.exec(chunk);
    if (byline) {
      author = { ...author, name: byline[1].trim() };
      continue;
    }
    if (ABOUT_AUTHOR.test(chunk)) {
      const bio = all.slice(i + 1);
      const name = bio.length > 1 && looksLikeHeading(bio[0]) && bio[0].split(/\s+/).length <= 5 ? bio.shift() : undefined;
      author = { ...author, ...(name ? { name } : {}), bio: bio.join('\n\n') || undefined };
      break;
    }
    const readAlso = READ_ALSO.exec(chunk);
    if (readAlso) {
      flush();
      blocks.push({ kind: 'read-also', title: readAlso[1].trim() });
      continue;
    }
    current.push(looksLikeHeading(chunk) ? heading(chunk) : paragraph(chunk));
  }
  flush();

  if (PLACEHOLDER.test(input)) warnings.push('contains placeholder text (lorem ipsum)');
  if (!blocks.some((block) => block.kind === 'text')) warnings.push('the story has no body text');

  return { title, author, blocks, warnings };
}
