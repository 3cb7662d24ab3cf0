/**
 * Parses a story in the plain-text shape newsrooms paste from their old CMS
 * (the sample story's shape): a title line, an optional "By Name" line,
 * paragraphs separated by blank lines, short title-case lines as headings,
 * "Read Also: <title>" lines, and an "About the author" section at the end.
 *
 * Pure: text in, a neutral story out (see parsed-story.ts), so the HTML
 * parser can produce the same shape and the writer need not know the source.
 */
import { parseByline } from './byline';
import { looksLikeHeading } from './looks-like-heading';
import { hasPlaceholderText } from './placeholder-text';
import { afterReadAlsoLabel } from './read-also-label';
import { StoryError, type ParsedStory, type StoryBlock, type TextNode } from '../story/parsed-story';

export type { InlineNode, ParsedStory, StoryBlock, TextNode } from '../story/parsed-story';
export { looksLikeHeading } from './looks-like-heading';

const ABOUT_AUTHOR = /^about the author\s*:?$/i;
const MAX_TITLE = 300;
// Longer than any headline: a "Read Also" line this long is a sentence that starts with the words.
const MAX_READ_ALSO_TITLE = 300;

const paragraph = (text: string): TextNode => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text: string): TextNode => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

/**
 * Blank-line separated chunks, each a list of trimmed lines. "Read Also" and
 * "About the author" lines are chunks of their own even without blank lines
 * around them, so a missing blank line cannot glue one into a paragraph.
 */
function chunksOf(lines: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length) chunks.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) end();
    else if (ABOUT_AUTHOR.test(line) || afterReadAlsoLabel(line) !== undefined) {
      end();
      chunks.push([line]);
    } else current.push(line);
  }
  end();
  return chunks;
}

/** A chunk's text nodes: a heading, a paragraph, or a heading line directly above its paragraph. */
function nodesOf(chunk: string[]): TextNode[] {
  if (chunk.length === 1) return [looksLikeHeading(chunk[0]) ? heading(chunk[0]) : paragraph(chunk[0])];
  // A hard-wrapped paragraph's first line is long prose; a short title-case line on top is a sub-head.
  if (chunk[0].length <= 60 && looksLikeHeading(chunk[0]) && !looksLikeHeading(chunk[1])) {
    return [heading(chunk[0]), paragraph(chunk.slice(1).join(' '))];
  }
  return [paragraph(chunk.join(' '))];
}

export function parseTextStory(input: string): ParsedStory {
  const lines = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) throw new StoryError('the file has no text');

  // The title is the first line, even when the body follows without a blank line.
  const title = lines[first].trim();
  if (title.length > MAX_TITLE) {
    throw new StoryError(
      `the first line has ${title.length} characters, too long for a headline (at most ${MAX_TITLE}): a story file starts with its title line`
    );
  }
  if (afterReadAlsoLabel(title) !== undefined || ABOUT_AUTHOR.test(title)) {
    throw new StoryError(`the first line ("${title}") is not a headline: a story file starts with its title line`);
  }
  const chunks = chunksOf(lines.slice(first + 1));

  const warnings: string[] = [];
  const blocks: StoryBlock[] = [];
  let author: ParsedStory['author'];
  let current: TextNode[] = [];
  const flush = () => {
    if (current.length) blocks.push({ kind: 'text', nodes: current });
    current = [];
  };

  for (let i = 0; i < chunks.length; i++) {
    let chunk = chunks[i];
    const byline = i === 0 ? parseByline(chunk[0]) : undefined;
    if (byline) {
      author = { ...author, ...byline };
      chunk = chunk.slice(1);
      if (!chunk.length) continue;
    }
    const text = chunk.join(' ');
    if (ABOUT_AUTHOR.test(text)) {
      const bio = chunks.slice(i + 1).map((c) => c.join(' '));
      // A short name line on top of the bio names the author, as author boxes do.
      const name =
        bio.length > 1 && looksLikeHeading(bio[0]) && bio[0].split(/\s+/).length <= 5 ? bio.shift() : undefined;
      author = { ...author, ...(name ? { name } : {}), ...(bio.length ? { bio: bio.join('\n\n') } : {}) };
      break;
    }
    const readAlso = afterReadAlsoLabel(text);
    if (readAlso !== undefined) {
      if (readAlso && readAlso.length <= MAX_READ_ALSO_TITLE) {
        flush();
        blocks.push({ kind: 'read-also', title: readAlso });
        continue;
      }
      warnings.push(`"${text.slice(0, 60)}" has no story title a link could carry; kept as a paragraph`);
    }
    current.push(...nodesOf(chunk));
  }
  flush();

  if (hasPlaceholderText(input)) warnings.push('contains placeholder text (lorem ipsum)');
  if (!blocks.some((block) => block.kind === 'text')) warnings.push('the story has no body text');

  return { format: 'text', title, author, blocks, warnings };
}
