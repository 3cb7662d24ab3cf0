/**
 * WordPress shortcodes in post content, turned into the HTML our HTML reader
 * makes blocks of ([caption] → a figure, [gallery] → its pictures, [code] →
 * a code block), or taken out and named in a warning (players and embeds we
 * have no block for). No shortcode is ever left in a story as literal text.
 *
 * WordPress only expands shortcodes a plugin registered; a bracket in prose
 * ("[sic]", "[Updated]") is text. So a tag counts as a shortcode when its
 * name is one WordPress or Jetpack registers, or when it is closed ([x]…[/x]).
 * `[[x]]` is WordPress's escape for a literal `[x]`.
 */
export interface Attachment {
  url: string;
  parent: string;
  caption: string;
  alt: string;
}

export interface ShortcodeContext {
  postId: string;
  attachments: Map<string, Attachment>;
  /** the attachments of each post, in export order, for [gallery] without ids */
  childrenOf: (postId: string) => Attachment[];
  warnings: string[];
}

const EMBEDS = new Set([
  'embed',
  'audio',
  'video',
  'playlist',
  'wpvideo',
  'videopress',
  'youtube',
  'vimeo',
  'dailymotion',
  'tweet',
  'twitter-timeline',
  'instagram',
  'soundcloud',
  'spotify',
  'googlemaps',
  'googleapps',
  'slideshare',
  'scribd',
  'flickr',
  'polldaddy',
  'crowdsignal',
  'recipe',
  'contact-form',
  'contact-field',
  'wp_caption',
  'caption',
  'gallery',
  'code',
  'sourcecode',
  'latex',
]);

const TAG = /\[(\[?)(\/?)([A-Za-z][\w-]*)((?:\s+[^\]]*?)?)(\/?)\](\]?)/g;

const escapeHtml = (text: string) =>
  text
    .replace(/&(?![#\w]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** `a="1" b='2' c=3 positional` → { a: '1', b: '2', c: '3', 0: 'positional' } */
export function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let position = 0;
  const pattern = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) attributes[match[1].toLowerCase()] = match[2];
    else if (match[3]) attributes[match[3].toLowerCase()] = match[4];
    else if (match[5]) attributes[match[5].toLowerCase()] = match[6];
    else attributes[String(position++)] = match[7] ?? match[8];
  }
  return attributes;
}

const figure = (picture: Attachment | { url: string; alt?: string; caption?: string }) =>
  `<figure><img src="${escapeHtml(picture.url)}" alt="${escapeHtml(picture.alt ?? '')}">${
    picture.caption ? `<figcaption>${escapeHtml(picture.caption)}</figcaption>` : ''
  }</figure>`;

function caption(attributes: Record<string, string>, content: string): string {
  // [caption]<a><img></a> The caption text[/caption], or the caption in the attribute (older WordPress).
  const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(content);
  const text = (image ? content.replace(image[0], '') : content).trim() || attributes.caption || '';
  if (!image) return text ? `<p>${text}</p>` : '';
  return `<figure>${image[0]}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(attributes: Record<string, string>, context: ShortcodeContext): string {
  const ids = (attributes.ids ?? attributes.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const pictures = ids.length
    ? ids.flatMap((id) => {
        const found = context.attachments.get(id);
        if (!found) context.warnings.push(`a [gallery] names attachment ${id}, which the export does not hold`);
        return found ? [found] : [];
      })
    : context.childrenOf(attributes.id ?? context.postId);
  if (!pictures.length) context.warnings.push('a [gallery] had no pictures in the export: left out');
  return pictures.map(figure).join('\n');
}

function expand(name: string, attributes: Record<string, string>, content: string, context: ShortcodeContext): string {
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return caption(attributes, content);
    case 'gallery':
      return gallery(attributes, context);
    case 'code':
    case 'sourcecode':
      return `<pre>${escapeHtml(content.replace(/^\n/, ''))}</pre>`;
    default: {
      const what = attributes.url ?? attributes.src ?? attributes['0'] ?? (content.trim() || attributes.id || '');
      context.warnings.push(
        `dropped a [${name}]${what ? ` ${what}` : ''} shortcode: the CMS has no block for this embed or player`
      );
      return '';
    }
  }
}

/** Content with every shortcode expanded to HTML or taken out (and named in `context.warnings`). */
export function expandShortcodes(content: string, context: ShortcodeContext): string {
  let out = '';
  let index = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(content); match; match = TAG.exec(content)) {
    const [whole, open, closing, rawName, rawAttributes, selfClosing, close] = match;
    const name = rawName.toLowerCase();
    const start = match.index;
    if (open && close) {
      // [[x]]: a literal [x].
      out += content.slice(index, start) + whole.slice(1, -1);
      index = start + whole.length;
      continue;
    }
    if (closing) {
      // A closing tag whose opening was not matched: a stray [/x] is still shortcode syntax.
      if (EMBEDS.has(name)) {
        out += content.slice(index, start);
        index = start + whole.length;
      }
      continue;
    }
    const end = selfClosing ? -1 : content.toLowerCase().indexOf(`[/${name}]`, start + whole.length);
    if (!EMBEDS.has(name) && end < 0) continue;
    const inner = end >= 0 ? content.slice(start + whole.length, end) : '';
    const attributes = shortcodeAttributes(rawAttributes);
    out += content.slice(index, start);
    if (EMBEDS.has(name)) out += expand(name, attributes, expandShortcodes(inner, context), context);
    else {
      // A closed shortcode we do not know: its content is prose; the wrapper is not.
      context.warnings.push(`a [${name}] shortcode is not one the importer knows: its content was kept as text`);
      out += expandShortcodes(inner, context);
    }
    index = end >= 0 ? end + name.length + 3 : start + whole.length;
    TAG.lastIndex = index;
  }
  return out + content.slice(index);
}
