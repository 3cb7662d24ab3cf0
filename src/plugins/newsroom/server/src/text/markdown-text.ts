import MarkdownIt from 'markdown-it';
import type { ExtractedText } from './extract-text';

type Token = ReturnType<MarkdownIt['parse']>[number];

// The parser Strapi's own editor previews Markdown with, so what is counted is what an
// editor sees rendered. HTML is left as tags to skip rather than text to count.
const markdown = new MarkdownIt({ html: true, linkify: false });

const BLOCK_SEPARATOR = '\n\n';
const TAG = /<[^>]*>/g;

function inlineText(children: Token[] | null, walk: { images: number }): string {
  let text = '';
  for (const token of children ?? []) {
    if (token.type === 'image') walk.images++;
    else if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else if (token.type === 'html_inline') text += ' ';
  }
  return text;
}

/** The readable text of a Markdown (`richtext`) value and how many images it shows. */
export function markdownText(source: unknown): ExtractedText {
  if (typeof source !== 'string' || source.trim() === '') return { text: '', images: 0 };
  const walk = { images: 0 };
  const segments: string[] = [];
  for (const token of markdown.parse(source, {})) {
    let segment = '';
    if (token.type === 'inline') segment = inlineText(token.children, walk);
    else if (token.type === 'fence' || token.type === 'code_block') segment = token.content;
    else if (token.type === 'html_block') segment = token.content.replace(TAG, ' ');
    if (segment.trim() !== '') segments.push(segment.trim());
  }
  return { text: segments.join(BLOCK_SEPARATOR), images: walk.images };
}
