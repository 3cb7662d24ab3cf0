/**
 * A story's body as HTML, for the full text of feed entries (`content:encoded`, Atom `content`,
 * JSON Feed `content_html`): Strapi's rich-text blocks, pictures with their captions, and Read Also
 * links. Pure, and every text and attribute escaped: a headline or a link written by anyone ends as
 * text, never as markup.
 */
interface InlineNode {
  type: string;
  text?: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  children?: InlineNode[];
}

export interface RichBlock {
  type: string;
  level?: number;
  format?: string;
  language?: string;
  image?: { url?: string; alternativeText?: string | null } | null;
  children?: (RichBlock | InlineNode)[];
}

export interface BodyBlock {
  __component: string;
  content?: RichBlock[] | null;
  image?: { url?: string; alternativeText?: string | null } | null;
  caption?: string | null;
  credit?: string | null;
  link?: { title?: string; href?: string | null } | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Only web and mail links: a `javascript:` URL in a story is text, not a link. */
const safeUrl = (url: string | undefined | null, base: string) => {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, `${base}/`);
    return ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
};

function inline(nodes: (RichBlock | InlineNode)[] | undefined, base: string): string {
  return (nodes ?? [])
    .map((node) => {
      const leaf = node as InlineNode;
      if (leaf.type === 'text') {
        let html = escapeHtml(leaf.text ?? '').replace(/\n/g, '<br>');
        if (leaf.code) html = `<code>${html}</code>`;
        if (leaf.bold) html = `<strong>${html}</strong>`;
        if (leaf.italic) html = `<em>${html}</em>`;
        if (leaf.underline) html = `<u>${html}</u>`;
        if (leaf.strikethrough) html = `<s>${html}</s>`;
        return html;
      }
      if (leaf.type === 'link') {
        const href = safeUrl(leaf.url, base);
        const text = inline(leaf.children, base);
        return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      }
      return inline(leaf.children, base);
    })
    .join('');
}

function richBlock(block: RichBlock, base: string): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline(block.children, base)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level ?? 2));
      return `<h${level}>${inline(block.children, base)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(block.children, base)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${inline(block.children, base)}</code></pre>`;
    case 'list': {
      const tag = block.format === 'ordered' ? 'ol' : 'ul';
      const items = (block.children ?? []).map((item) =>
        item.type === 'list'
          ? richBlock(item as RichBlock, base)
          : `<li>${inline((item as RichBlock).children, base)}</li>`
      );
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'image':
      return picture(block.image, undefined, undefined, base);
    default:
      return '';
  }
}

function picture(
  image: BodyBlock['image'],
  caption: string | null | undefined,
  credit: string | null | undefined,
  base: string
) {
  const src = safeUrl(image?.url, base);
  if (!src) return '';
  const alt = escapeHtml(image?.alternativeText ?? caption ?? '');
  const words = [caption, credit].filter((part): part is string => Boolean(part?.trim())).map(escapeHtml);
  const figcaption = words.length ? `<figcaption>${words.join(' — ')}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(src)}" alt="${alt}">${figcaption}</figure>`;
}

/** The body's HTML; media URLs and relative links are made absolute against `base` (the CMS or media host). */
export function storyHtml(body: BodyBlock[] | undefined | null, base: string): string {
  return (body ?? [])
    .map((block) => {
      if (block.__component === 'article.text') return (block.content ?? []).map((b) => richBlock(b, base)).join('');
      if (block.__component === 'article.image') return picture(block.image, block.caption, block.credit, base);
      if (block.__component === 'article.read-also' && block.link?.title) {
        const href = safeUrl(block.link.href, base);
        const title = escapeHtml(block.link.title);
        return `<p class="read-also">Read also: ${href ? `<a href="${escapeHtml(href)}">${title}</a>` : title}</p>`;
      }
      return '';
    })
    .join('\n');
}
