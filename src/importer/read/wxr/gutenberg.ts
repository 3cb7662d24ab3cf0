/**
 * Block-editor content (`<!-- wp:paragraph -->…<!-- /wp:paragraph -->`)
 * carries its own HTML between the comments: paragraphs, headings, lists,
 * quotes, figures with captions, galleries of figures. That HTML is what our
 * HTML reader makes blocks of, so the comments go; blocks whose content is
 * not in the HTML (an embed's URL, a dynamic "latest posts" list) are named
 * in a warning, or kept as a link when the embed has one.
 */
export const hasBlocks = (content: string) => content.includes('<!-- wp:');

const BLOCK_COMMENT = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(\s+\{[\s\S]*?\})?\s+(\/)?-->/g;

/** Blocks whose HTML is the content itself, or layout around other blocks. */
const CONTENT_BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'list-item',
  'quote',
  'pullquote',
  'image',
  'gallery',
  'code',
  'preformatted',
  'verse',
  'table',
  'separator',
  'spacer',
  'group',
  'columns',
  'column',
  'cover',
  'media-text',
  'html',
  'freeform',
  'more',
  'nextpage',
  'buttons',
  'button',
  'details',
  'footnotes',
  'shortcode',
  'missing',
  'classic',
]);

const attributesOf = (json: string | undefined): Record<string, unknown> => {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The block HTML with block comments taken out; embeds become links and warnings. */
export function unwrapBlocks(content: string, warnings: string[]): string {
  // An embed's HTML is a wrapper around its bare URL: keep the URL as a link, report the embed.
  const withEmbeds = content.replace(
    /<!--\s+wp:(core-embed\/[\w-]+|embed|[\w-]+\/[\w-]*embed[\w-]*)(\s+\{[\s\S]*?\})?\s+-->([\s\S]*?)<!--\s+\/wp:\1\s+-->/g,
    (_whole, name: string, json: string | undefined, inner: string) => {
      const attributes = attributesOf(json);
      const url = typeof attributes.url === 'string' ? attributes.url : /https?:\/\/[^\s<"]+/.exec(inner)?.[0];
      const provider = typeof attributes.providerNameSlug === 'string' ? ` (${attributes.providerNameSlug})` : '';
      warnings.push(`an embedded ${name}${provider}${url ? ` ${url}` : ''} has no block in the CMS: kept as a link`);
      return url ? `<p><a href="${escapeAttribute(url)}">${url.replace(/</g, '&lt;')}</a></p>` : '';
    }
  );
  return withEmbeds.replace(BLOCK_COMMENT, (_whole, _closing, name: string, json: string | undefined, self) => {
    const bare = name.replace(/^core\//, '');
    if (self && !CONTENT_BLOCKS.has(bare)) {
      const attributes = attributesOf(json);
      const ref = typeof attributes.ref === 'number' ? ` ${attributes.ref}` : '';
      warnings.push(
        ref
          ? `dropped a reusable block (${name}${ref}): its content is not in the post`
          : `dropped a ${name} block: it is built by WordPress when the page is shown, not stored`
      );
    } else if (!self && !_closing && !CONTENT_BLOCKS.has(bare) && !bare.includes('/')) {
      warnings.push(`a ${name} block is not one the importer knows: its HTML was read as is`);
    }
    return '';
  });
}
