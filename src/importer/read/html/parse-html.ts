/**
 * Parses an HTML story into the neutral shape (parsed-story.ts). Two kinds of
 * input arrive:
 *  - a clean article, as old CMSs export it (h1, p, h2/h3, a "Read Also"
 *    paragraph, an author box): mapped element by element, nothing dropped;
 *  - a whole saved page from a news site, with navigation, ads, share buttons
 *    and comments around the story: reduced to the story with Mozilla's
 *    Readability first. The byline, the author box and "Read Also" boxes are
 *    taken out before Readability sees the page, since it throws them away.
 *
 * Pure: bytes in (decode-html.ts finds the page's encoding), a story out.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from './decode-html';
import { descendantsOf } from './dom-walk';
import { parseByline, splitAuthors } from '../byline';
import { blocksOf } from './html-blocks';
import {
  extractAuthorBox,
  extractByline,
  keepDatelines,
  leadImages,
  markReadAlso,
  removeClutter,
  storyContainer,
} from './html-extract';
import { imageBlock } from './html-images';
import { plainText, visibleText } from './html-inline';
import { readPageMetadata } from './html-metadata';
import { chooseHeadline, stripTitleDecorations, titleKey } from './page-title';
import { hasPlaceholderText } from '../placeholder-text';
import {
  StoryError,
  type InlineNode,
  type ListItemNode,
  type ParsedStory,
  type StoryBlock,
  type TextNode,
} from '../../story/parsed-story';

const MAX_SUMMARY = 500;

// Site furniture never found in an exported article: its presence means a whole page.
const CHROME_TAGS = new Set(['nav', 'form', 'iframe', 'button', 'input', 'select', 'textarea']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const isChrome = (el: Element) =>
  CHROME_TAGS.has(el.localName) ||
  CHROME_ROLES.has(el.getAttribute('role') ?? '') ||
  (el.localName === 'script' && (el.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json');

export const isWholePage = (doc: Document) => {
  if (!doc.body) return false;
  for (const el of descendantsOf(doc.body)) if (isChrome(el)) return true;
  return false;
};

const sameText = (a: string | undefined, b: string | undefined) =>
  Boolean(a && b) &&
  a!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === b!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The visible headline: the h1 (or itemprop=headline) that says what the page's metadata calls the story,
 * else the article's h1, else the page's only h1. Matching the metadata first keeps a site's logo or a
 * section banner in an h1 ("Salon", "Allergies Health Center") from being taken for the headline.
 */
function headlineElement(doc: Document, candidates: (string | undefined)[], siteNames: string[]): Element | undefined {
  const keys = new Set(
    candidates.flatMap((candidate) => (candidate ? [titleKey(stripTitleDecorations(candidate, siteNames))] : []))
  );
  keys.delete('');
  const headings = Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).filter(
    (el) => el.localName !== 'meta' && visibleText(el)
  );
  const matching = headings.find((el) => keys.has(titleKey(visibleText(el))));
  if (matching) return matching;
  const inArticle = doc.querySelector('article h1, [itemprop="headline"], main h1');
  if (inArticle && visibleText(inArticle)) return inArticle;
  const h1s = headings.filter((el) => el.localName === 'h1');
  return h1s.length === 1 ? h1s[0] : undefined;
}

const nodeText = (node: TextNode | ListItemNode | InlineNode): string =>
  node.type === 'text' ? node.text : node.children.map(nodeText).join(' ');

function textOfBlocks(blocks: StoryBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'text'
        ? block.nodes.map(nodeText).join('\n')
        : block.kind === 'image'
          ? (block.caption ?? '')
          : block.title
    )
    .join('\n');
}

// One window parses every file: building a jsdom window costs several times the parse itself,
// and a parsed document holds nothing of the previous one.
let parser: DOMParser | undefined;
const parse = (html: string): Document => {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(html, 'text/html');
};

export function parseHtmlStory(input: Uint8Array | string): ParsedStory {
  const doc = parse(typeof input === 'string' ? input : decodeHtml(input));
  const metadata = readPageMetadata(doc);
  const warnings = [...metadata.warnings];
  const wholePage = isWholePage(doc);

  const box = extractAuthorBox(doc);
  const h1 = headlineElement(
    doc,
    [metadata.ogTitle, metadata.jsonLdHeadline, metadata.documentTitle],
    metadata.siteNames
  );
  const byline = extractByline(doc, h1);
  const container = storyContainer(doc, h1);
  if (wholePage) removeClutter(doc, h1);
  const readAlso = markReadAlso(doc, container, metadata.baseUrl);
  const h1Text = h1 ? visibleText(h1) : undefined;
  // A clean export's h1 is its headline; a whole page's headline is what most of its sources say.
  const title =
    (!wholePage && h1Text) ||
    chooseHeadline({
      jsonLd: metadata.jsonLdHeadline,
      og: metadata.ogTitle,
      document: metadata.documentTitle,
      h1: h1Text,
      siteNames: metadata.siteNames,
    });
  if (!title) throw new StoryError('no headline: the page has no h1, og:title, JSON-LD headline or <title>');

  let root: Element;
  let readabilityByline: string | undefined;
  let lead: StoryBlock[] = [];
  if (wholePage) {
    // Read before Readability rewrites the page: it leaves out lead photos and players.
    lead = leadImages(doc, h1).flatMap(({ img, figcaption }) => imageBlock(img, figcaption) ?? []);
    for (const embed of Array.from(container.querySelectorAll('iframe, video, audio, embed, object'))) {
      const src = embed.getAttribute('src') ?? embed.querySelector('source')?.getAttribute('src') ?? '';
      warnings.push(
        `dropped an embedded ${embed.tagName.toLowerCase()}${src ? ` ${src}` : ''}: the CMS has no block for it`
      );
    }
    keepDatelines(doc);
    const article = new Readability<Element>(doc, {
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse();
    if (!article?.content || !visibleText(article.content))
      throw new StoryError('could not find the story text in this page');
    root = article.content;
    readabilityByline = article.byline ?? undefined;
  } else {
    h1?.remove();
    root = doc.body ?? doc.documentElement;
  }

  let blocks = blocksOf(root, { baseUrl: metadata.baseUrl, readAlso, warnings });
  const kept = new Set(blocks.flatMap((block) => (block.kind === 'image' ? [block.src] : [])));
  blocks = [...lead.filter((block) => block.kind === 'image' && !kept.has(block.src)), ...blocks];
  // Readability may keep the headline (or the site repeats it as a heading): it is the title, not body.
  const first = blocks[0];
  if (
    first?.kind === 'text' &&
    first.nodes[0]?.type === 'heading' &&
    (sameText(plainText(first.nodes[0].children), title) || sameText(plainText(first.nodes[0].children), h1Text))
  ) {
    first.nodes.shift();
    if (!first.nodes.length) blocks = blocks.slice(1);
  }
  // A "By Jane Doe" line left at the top of the text is the byline, not a paragraph.
  let leadingByline: ReturnType<typeof parseByline>;
  const top = blocks[0];
  if (top?.kind === 'text' && top.nodes[0]?.type === 'paragraph') {
    leadingByline = parseByline(plainText(top.nodes[0].children));
    if (leadingByline) {
      top.nodes.shift();
      if (!top.nodes.length) blocks = blocks.slice(1);
    }
  }

  const bylineText = readabilityByline
    ? (parseByline(readabilityByline) ?? parseByline(readabilityByline, { requireBy: false }))
    : undefined;
  const names = metadata.authors.length
    ? metadata.authors
    : splitAuthors((byline ?? leadingByline ?? bylineText)?.name ?? box?.name ?? '');
  if (names.length > 1)
    warnings.push(
      `the story names ${names.length} authors (${names.join(', ')}); a story has one author in the CMS: imported as ${names[0]}`
    );
  const name = names[0];
  if (box?.name && name && !sameText(box.name, name))
    warnings.push(`the author box names ${box.name}, the byline ${name}: the box's bio was given to ${name}`);
  const jobTitle = box?.jobTitle ?? byline?.jobTitle ?? leadingByline?.jobTitle;
  const author =
    name || box?.bio
      ? { ...(name ? { name } : {}), ...(box?.bio ? { bio: box.bio } : {}), ...(jobTitle ? { jobTitle } : {}) }
      : undefined;

  let summary = metadata.description;
  if (summary && summary.length > MAX_SUMMARY) {
    warnings.push(
      `the page description has ${summary.length} characters, more than a summary holds (${MAX_SUMMARY}); not imported as the summary`
    );
    summary = undefined;
  }

  if (hasPlaceholderText(`${title}\n${textOfBlocks(blocks)}\n${box?.bio ?? ''}`))
    warnings.push('contains placeholder text (lorem ipsum)');
  if (!blocks.some((block) => block.kind === 'text')) warnings.push('the story has no body text');

  return {
    format: wholePage ? 'html-page' : 'html',
    title,
    ...(summary ? { summary } : {}),
    ...(author ? { author } : {}),
    blocks,
    ...(metadata.canonicalUrl ? { canonicalUrl: metadata.canonicalUrl } : {}),
    ...(metadata.baseUrl ? { baseUrl: metadata.baseUrl } : {}),
    warnings: [...new Set(warnings)],
  };
}
