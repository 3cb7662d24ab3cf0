/**
 * The parts of a news page that belong to the story but that a reader-view
 * extractor (Readability) treats as clutter: the author box, the byline, and
 * "Read Also" / related-story boxes placed between paragraphs. They are taken
 * out of the page first; a related box is replaced by a marker paragraph, so
 * the "Read Also" block lands exactly where the box stood.
 */
import { isDateline, isName, parseByline, type Byline } from '../byline';
import { descendantsOf, someDescendant } from './dom-walk';
import { absoluteHref, visibleText } from './html-inline';
import type { ReadAlsoBlock } from '../../story/parsed-story';
import { afterReadAlsoLabel, isReadAlsoLabel } from '../read-also-label';

const ABOUT_AUTHOR = /^about the author\s*:?$/i;
const AUTHOR_BOX =
  /author[-_]?(?:bio|box|info|card|about|details|profile|description)|about[-_]?(?:the[-_]?)?author|(?:^|[-_\s])bio(?:graphy)?(?:[-_\s]|$)|contributor[-_]?(?:bio|box|info)/i;
const RELATED_BOX =
  /(?:^|[-_\s])(?:related|read-?also|also-?read|read-?more|see-?also|more-?on(?:-this)?|more-?stories|recommended|links-?block|story-?links|inline-?links|rel-?articles?)(?:$|[-_\s])/i;
const BOX_TAGS = new Set(['aside', 'section', 'div', 'footer', 'p']);
const LABELLED_TAGS = new Set(['p', 'div', 'aside', 'section', 'blockquote', 'li']);
const RELATED_BOX_TAGS = new Set(['aside', 'div', 'section', 'ul', 'ol', 'figure', 'p']);
/** querySelectorAll of a list of tag names, without a selector engine's cost on every call */
const elementsNamed = (root: Element, names: Set<string>) =>
  Array.from(descendantsOf(root)).filter((el) => names.has(el.localName));

const words = (value: string | null) => (value ?? '').split(/[ \t\n\f\r]+/);
/**
 * `[rel~="author"], [itemprop~="author"], .byline, [class*="byline"], [data-component*="byline"],
 * [class*="author-name"], .author, address`, tested in one walk over the page (see dom-walk.ts).
 * As in that selector, `rel` matches whatever its case, and class names do on a page in quirks mode.
 */
function isBylineElement(el: Element, quirks: boolean): boolean {
  if (el.localName === 'address') return true;
  const className = el.getAttribute('class') ?? '';
  if (className.includes('byline') || className.includes('author-name')) return true;
  if (
    quirks
      ? /(?:^|[ \t\n\f\r])(?:byline|author)(?:[ \t\n\f\r]|$)/i.test(className)
      : words(className).includes('author')
  )
    return true;
  if ((el.getAttribute('data-component') ?? '').includes('byline')) return true;
  return (
    words(el.getAttribute('rel')?.toLowerCase() ?? null).includes('author') ||
    words(el.getAttribute('itemprop')).includes('author')
  );
}
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'LI', 'ADDRESS', 'SPAN']);

const LABEL_START = /^\s*(?:read|also|see|related|more)\b/i;
/** LABEL_START's longest word, and one character more for its \b */
const OPENING_WORD = 'related'.length + 1;
const MARKER = (i: number) => `\u2063newsroom-read-also-${i}\u2063`;
const MARKER_TEXT = /^\u2063newsroom-read-also-(\d+)\u2063$/;

/** The read-also blocks a marker paragraph stands for, or undefined for any other text. */
export const readAlsoMarker = (text: string): number | undefined => {
  const match = MARKER_TEXT.exec(text.trim());
  return match ? Number(match[1]) : undefined;
};

const labelsOf = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;

// ------------------------------------------------------------------ author box

export interface AuthorBox {
  name?: string;
  bio?: string;
  jobTitle?: string;
}

const NAME_SELECTORS = [
  '[itemprop="name"]',
  '[class*="author-name"], [class*="authorname"], [rel~="author"]',
  '[class*="name"]',
  'h2, h3, h4, h5, h6, strong, b',
];

/** A bio says something in sentences; a strip of name, date and share buttons does not. */
const isBioText = (text: string) => /[.!?。！？]/u.test(text) && text.split(/\s+/).length >= 5;

function readAuthorBox(parts: Element[], label?: Element): AuthorBox {
  const within = (selector: string) =>
    parts.flatMap((part) =>
      [part, ...Array.from(part.querySelectorAll(selector))].filter((el) => el.matches(selector))
    );
  // Most specific first: a box's "sourcename" (the publisher) also has "name" in its class.
  const nameElement = NAME_SELECTORS.flatMap(within).find(
    (el) => el !== label && !label?.contains(el) && isName(visibleText(el)) && !ABOUT_AUTHOR.test(visibleText(el))
  );
  const name = nameElement ? visibleText(nameElement) : undefined;
  const jobTitleElement = within('[itemprop="jobTitle"]')[0];
  const jobTitle = jobTitleElement ? visibleText(jobTitleElement) : undefined;
  const skip = (el: Element) =>
    el === label || el === nameElement || el === jobTitleElement || Boolean(label?.contains(el));

  let paragraphs = within('p').filter((p) => !skip(p) && !p.querySelector('p'));
  if (!paragraphs.length) paragraphs = parts.filter((part) => !skip(part));
  const bio = paragraphs
    .map((p) => {
      let text = visibleText(p);
      if (name && text.startsWith(name) && nameElement && p.contains(nameElement))
        text = text.slice(name.length).replace(/^[\s,:–—-]+/, '');
      return text;
    })
    .filter((text) => text && !ABOUT_AUTHOR.test(text) && text !== name)
    .join('\n\n');
  return { ...(name ? { name } : {}), ...(bio ? { bio } : {}), ...(jobTitle ? { jobTitle } : {}) };
}

const LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B', 'DIV', 'SPAN', 'HEADER']);

/** The smallest element whose whole text is "About the author", found from the text up (one pass over the page). */
function aboutTheAuthorLabel(doc: Document, body: Element): Element | undefined {
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/about the author/i.test(node.nodeValue ?? '')) continue;
    for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
      if (LABEL_TAGS.has(el.tagName) && ABOUT_AUTHOR.test(visibleText(el))) return el;
      if ((el.textContent ?? '').length > 40) break;
    }
  }
  return undefined;
}

/** Finds the "About the author" box (by its label or its class), reads it and removes it. */
export function extractAuthorBox(doc: Document): AuthorBox | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const label = aboutTheAuthorLabel(doc, body);
  let box: Element | undefined;
  if (label) {
    // The label heads a box of its own, or (in a bare export) the rest of the article.
    let head: Element = label;
    while (
      head.parentElement &&
      head.parentElement !== body &&
      head.parentElement.firstElementChild === head &&
      !/^(ARTICLE|MAIN)$/.test(head.parentElement.tagName)
    ) {
      head = head.parentElement;
    }
    if (head !== label || AUTHOR_BOX.test(labelsOf(label.parentElement ?? label)))
      box = head === label ? (label.parentElement ?? undefined) : head;
    if (!box || box === body) {
      const parts: Element[] = [];
      for (let el = label.nextElementSibling; el; el = el.nextElementSibling) parts.push(el);
      const found = readAuthorBox(parts, label);
      label.remove();
      parts.forEach((part) => part.remove());
      return found;
    }
  } else {
    box = elementsNamed(body, BOX_TAGS).find(
      (el) => AUTHOR_BOX.test(labelsOf(el)) && visibleText(el).length >= 40 && !el.querySelector('article, p p')
    );
  }
  if (!box) return undefined;
  const found = readAuthorBox([box], label);
  // A box found by its class alone ("authorinfo") may be the byline strip under the headline: leave it to the byline.
  if (!label && !(found.bio && isBioText(found.bio))) return undefined;
  box.remove();
  return found.bio || found.name ? found : undefined;
}

// ------------------------------------------------------------------ byline

/**
 * Another story's corner of the page: a related-story box, a sidebar, a teaser card (an article that is not
 * the headline's). Its bylines name other stories' authors.
 */
function inOtherStory(el: Element, headline: Element | undefined): boolean {
  for (let node = el.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    if (node.localName === 'aside' || node.localName === 'nav' || RELATED_BOX.test(labelsOf(node))) return true;
    if (headline && node.localName === 'article') return true;
  }
  return false;
}

/** Removes the whole byline line, not only the name inside it. */
function removeLine(doc: Document, el: Element) {
  let line: Element = el;
  while (
    line.parentElement &&
    line.parentElement !== doc.body &&
    BLOCK_TAGS.has(line.parentElement.tagName) &&
    visibleText(line.parentElement).length <= 150
  ) {
    line = line.parentElement;
  }
  line.remove();
}

const UNLABELLED_LINE = new Set(['P', 'DIV', 'SPAN', 'ADDRESS', 'HEADER', 'LI', 'STRONG', 'EM', 'B', 'I', 'SMALL']);

/**
 * A plain "By Jane Doe" line between the headline and the story's first paragraph, with no class to say so:
 * Readability leaves it out with the rest of the page around the story.
 */
function unlabelledByline(doc: Document, headline: Element): { el: Element; byline: Byline } | undefined {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (headline.contains(el)) continue;
    const text = visibleText(el);
    if (el.tagName === 'P' && text.length >= 80) return undefined;
    if (!UNLABELLED_LINE.has(el.tagName) || !text || text.length > 150) continue;
    const byline = parseByline(text);
    if (byline) return { el, byline };
  }
  return undefined;
}

/**
 * The story's byline ("By Jane Doe", a rel=author link, a plain "By" line under the headline), read and
 * removed. Bylines in related-story boxes and teaser cards belong to other stories and are passed over.
 */
export function extractByline(doc: Document, headline?: Element): Byline | undefined {
  if (!doc.body) return undefined;
  const quirks = doc.compatMode === 'BackCompat';
  for (const el of Array.from(descendantsOf(doc.body)).filter((candidate) => isBylineElement(candidate, quirks))) {
    if (inOtherStory(el, headline)) continue;
    // Name and role often sit in sibling spans that only CSS keeps apart.
    const parts =
      Array.from(el.childNodes).every((child) => child.nodeType === 1 || !child.nodeValue?.trim()) &&
      el.children.length > 1;
    const text = parts ? Array.from(el.children).map(visibleText).filter(Boolean).join(', ') : visibleText(el);
    if (!text || text.length > 150) continue;
    const byline = parseByline(text) ?? parseByline(text, { requireBy: false });
    if (!byline) continue;
    removeLine(doc, el);
    return byline;
  }
  const plain = headline && unlabelledByline(doc, headline);
  if (!plain) return undefined;
  removeLine(doc, plain.el);
  return plain.byline;
}

// ------------------------------------------------------------------ datelines

// What Readability takes for a byline and removes from the text (its REGEXPS.byline, rel and itemprop).
const READABILITY_BYLINE = /byline|author|dateline|writtenby|p-author/i;
const looksLikeBylineToReadability = (el: Element) =>
  READABILITY_BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.id}`) ||
  el.getAttribute('rel') === 'author' ||
  (el.getAttribute('itemprop') ?? '').includes('author');
const unlabel = (el: Element) => ['class', 'id', 'rel', 'itemprop'].forEach((name) => el.removeAttribute(name));

/**
 * Readability removes the first short element labelled byline, author or dateline as the byline, wherever it
 * is: the dateline that opens the first paragraph ("<span class="dateline">CAIRO —</span> Gunmen opened
 * fire…") and an author's name linked inside a sentence go with it. They are the story's text: unlabelled
 * here, and a dateline standing just before its paragraph is moved into it.
 */
export function keepDatelines(doc: Document): void {
  for (const el of Array.from(doc.body?.querySelectorAll('[class], [id], [rel], [itemprop]') ?? [])) {
    if (!el.isConnected || !looksLikeBylineToReadability(el)) continue;
    const text = visibleText(el);
    const paragraph = el.parentElement?.closest('p');
    if (paragraph && visibleText(paragraph).length > text.length + 20) {
      unlabel(el);
      continue;
    }
    const next = el.nextElementSibling;
    if (isDateline(text) && next?.tagName === 'P') {
      next.prepend(doc.createTextNode(`${text} `));
      el.remove();
    }
  }
}

// ------------------------------------------------------------------ read also

/** A link's headline: the heading inside a teaser link, else its text. */
function linkTitle(a: Element): string {
  const heading = a.querySelector('h1, h2, h3, h4, h5, h6, [class*="title"], [class*="headline"]');
  return visibleText(heading ?? a);
}

function isProse(el: Element): boolean {
  if (el.tagName === 'P') return visibleText(el).length >= 40;
  return Array.from(el.querySelectorAll('p'))
    .slice(0, 5)
    .some((p) => visibleText(p).length >= 40);
}

/** Story text on both sides within the story's container: the box sits in the middle of the story, not in a sidebar. */
function hasProseAround(box: Element, container: Element): boolean {
  const side = (step: (el: Element) => Element | null) => {
    let node: Element | null = box;
    for (let depth = 0; node && node !== container && depth < 4; depth++, node = node.parentElement) {
      for (let sibling = step(node); sibling; sibling = step(sibling)) if (isProse(sibling)) return true;
    }
    return false;
  };
  return side((el) => el.previousElementSibling) && side((el) => el.nextElementSibling);
}

/** "Read Also: <a>Title</a>", "<b>READ MORE</b> <a>Title</a>", or "Read Also: Title" without a link. */
function labelledReadAlso(el: Element, baseUrl: string | undefined): ReadAlsoBlock | undefined {
  if ((el.textContent ?? '').length > 600) return undefined;
  const text = visibleText(el);
  if (!text || text.length > 400) return undefined;
  const links = Array.from(el.querySelectorAll('a[href]')).filter((a) => visibleText(a));
  if (links.length > 1) return undefined;
  if (links.length === 0) {
    const rest = afterReadAlsoLabel(text);
    return rest && rest.length <= 300 ? { kind: 'read-also', title: rest } : undefined;
  }
  const linkText = visibleText(links[0]);
  const at = text.indexOf(linkText);
  const before = text.slice(0, at).trim();
  const after = text.slice(at + linkText.length).trim();
  if (at < 0 || !isReadAlsoLabel(before) || after.length > 3) return undefined;
  const url = absoluteHref(links[0].getAttribute('href'), baseUrl);
  return { kind: 'read-also', title: linkTitle(links[0]), ...(url ? { url } : {}) };
}

/** Mostly links and at most one line of prose: a teaser box, never a story's text. */
function isLinkBox(el: Element): boolean {
  const text = visibleText(el).length;
  const linked = Array.from(el.querySelectorAll('a[href]')).reduce((sum, a) => sum + visibleText(a).length, 0);
  const prose = Array.from(el.querySelectorAll('p')).filter(
    (p) => !p.querySelector('a') && visibleText(p).length >= 80
  ).length;
  return text > 0 && linked / text >= 0.5 && prose <= 1;
}

function relatedBoxLinks(box: Element, baseUrl: string | undefined): ReadAlsoBlock[] {
  const seen = new Set<string>();
  return Array.from(box.querySelectorAll('a[href]')).flatMap((a) => {
    const title = linkTitle(a);
    if (title.length < 12 || isReadAlsoLabel(title) || seen.has(title)) return [];
    seen.add(title);
    const url = absoluteHref(a.getAttribute('href'), baseUrl);
    return [{ kind: 'read-also' as const, title, ...(url ? { url } : {}) }];
  });
}

/**
 * The start of an element's textContent, enough for LABEL_START to decide: an element's whole text
 * is the text of everything inside it, and for the outer boxes of a page that is the whole story.
 */
function openingText(el: Element): string {
  let text = '';
  for (let node: Node | null = el.firstChild; node;) {
    if (node.nodeType === 3 /* text */) {
      text += node.nodeValue ?? '';
      if (text.trimStart().length > OPENING_WORD) return text;
    }
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return text;
}

/**
 * Replaces each "Read Also" paragraph and each related-story box in the text
 * with a marker paragraph; returns the blocks each marker stands for.
 */
export function markReadAlso(doc: Document, container: Element, baseUrl: string | undefined): ReadAlsoBlock[][] {
  const found: ReadAlsoBlock[][] = [];
  const replace = (el: Element, blocks: ReadAlsoBlock[]) => {
    const marker = doc.createElement('p');
    marker.textContent = MARKER(found.length);
    found.push(blocks);
    el.replaceWith(marker);
  };
  for (const el of elementsNamed(container, LABELLED_TAGS)) {
    // The label comes first: most elements are ruled out by their opening words alone.
    if (!LABEL_START.test(openingText(el))) continue;
    if (!el.isConnected || (el.tagName !== 'P' && someDescendant(el, (child) => /^(P|DIV|LI)$/.test(child.tagName))))
      continue;
    // A list item can only stand for the whole list: a paragraph cannot sit among list items.
    if (el.tagName === 'LI' && el.parentElement?.children.length !== 1) continue;
    const block = labelledReadAlso(el, baseUrl);
    if (block) replace(el.tagName === 'LI' ? el.parentElement! : el, [block]);
  }

  for (const el of elementsNamed(container, RELATED_BOX_TAGS)) {
    if (!el.isConnected || !RELATED_BOX.test(labelsOf(el))) continue;
    if (el.closest('nav, header, footer') || !isLinkBox(el) || !hasProseAround(el, container)) continue;
    const blocks = relatedBoxLinks(el, baseUrl);
    if (blocks.length) replace(el, blocks);
  }
  return found;
}

// ------------------------------------------------------------------ page clutter

const CLUTTER =
  /^(?:ads?|advert\w*|advertisement|ad[-_]\w[\w-]*|[\w-]+[-_]ads?|dfp\w*|newsletter[\w-]*|[\w-]+[-_]newsletter|signup[\w-]*|subscribe[\w-]*|subscription[\w-]*|paywall[\w-]*|promo|promo[-_][\w-]*|share|sharing|share[-_][\w-]*|[\w-]+[-_]share|social[\w-]*|[\w-]+[-_]social|comments?|comment[-_][\w-]*|outbrain[\w-]*|taboola[\w-]*|sponsored[\w-]*|tags|tag[-_]list|topics|topic[-_]list|keywords)$/i;

const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'ABBR',
  'MARK',
  'CITE',
  'SMALL',
  'TIME',
  'CODE',
]);

/** A word inside a sentence (a "keywords" link, a "tag" span): its class names what it links to, not a box. */
const inRunningText = (el: Element) =>
  INLINE_TAGS.has(el.tagName) &&
  Boolean(el.parentElement?.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, dd'));

const proseCount = (el: Element) =>
  Array.from(el.querySelectorAll('p')).filter((p) => visibleText(p).length >= 80).length;

/**
 * Ads, share bars, newsletter boxes and comment threads, removed from a whole
 * page before Readability: it drops most of them, but a box's heading
 * ("Get the Asia Briefing") can survive inside the story text.
 */
export function removeClutter(doc: Document, keep: Element | undefined): void {
  for (const el of Array.from(doc.body?.querySelectorAll('[class], [id], [data-component]') ?? [])) {
    if (!el.isConnected || (keep && el.contains(keep)) || inRunningText(el)) continue;
    const names = [...Array.from(el.classList), el.id, el.getAttribute('data-component') ?? ''].filter(Boolean);
    if (names.some((name) => CLUTTER.test(name)) && proseCount(el) < 2) el.remove();
  }
  // A form's box (newsletter sign-up, comment form) goes with the form.
  for (const form of Array.from(doc.body?.querySelectorAll('form') ?? [])) {
    let box: Element = form;
    while (
      box.parentElement &&
      box.parentElement !== doc.body &&
      visibleText(box.parentElement).length - visibleText(form).length < 200 &&
      proseCount(box.parentElement) === 0
    ) {
      box = box.parentElement;
    }
    if (!keep || !box.contains(keep)) box.remove();
  }
}

// ------------------------------------------------------------------ lead image

/** Pictures between the headline and the first paragraph: Readability often leaves the lead photo out. */
export function leadImages(
  doc: Document,
  headline: Element | undefined
): { img: Element; figcaption: Element | null }[] {
  const container = storyContainer(doc, headline);
  const firstProse = Array.from(container.querySelectorAll('p')).find((p) => visibleText(p).length >= 80);
  return Array.from(container.querySelectorAll('img'))
    .filter((img) => !firstProse || Boolean(img.compareDocumentPosition(firstProse) & 4 /* FOLLOWING */))
    .filter((img) => !img.closest('header.site-header, nav, a[href="/"]'))
    .slice(0, 2)
    .map((img) => ({ img, figcaption: img.closest('figure')?.querySelector('figcaption') ?? null }));
}

/** The element that holds the story: the headline's article, the article body, or the whole body. */
export function storyContainer(doc: Document, headline: Element | undefined): Element {
  return (
    headline?.closest('article, [itemtype*="Article"], main') ??
    doc.querySelector('[itemprop="articleBody"]')?.closest('article, main') ??
    doc.querySelector('article, main') ??
    doc.body ??
    doc.documentElement
  );
}
