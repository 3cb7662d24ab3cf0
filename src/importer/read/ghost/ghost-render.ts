/**
 * Ghost stores a post's body as Mobiledoc (Ghost 1–4) or Lexical (Ghost 5)
 * and, in most exports, also as rendered `html`. When the HTML is missing,
 * these render the document's text, headings, lists, quotes, links and
 * pictures to HTML for the HTML reader; cards we have no block for (embeds,
 * buttons, products…) are named in a warning.
 */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

type Json = Record<string, unknown>;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asObject = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

function card(name: string, payload: Json, warnings: string[]): string {
  switch (name) {
    case 'html':
      return asString(payload.html);
    case 'markdown':
    case 'card-markdown':
      return asString(payload.markdown)
        .split(/\n{2,}/)
        .map((paragraph) => (paragraph.trim() ? `<p>${escapeHtml(paragraph.trim())}</p>` : ''))
        .join('');
    case 'image': {
      const caption = asString(payload.caption);
      return `<figure><img src="${escapeAttribute(asString(payload.src))}" alt="${escapeAttribute(asString(payload.alt))}">${
        caption ? `<figcaption>${caption}</figcaption>` : ''
      }</figure>`;
    }
    case 'gallery':
      return asArray(payload.images)
        .map((image) => card('image', asObject(image), warnings))
        .join('');
    case 'code':
      return `<pre>${escapeHtml(asString(payload.code))}</pre>`;
    case 'hr':
    case 'horizontalrule':
      return '';
    default: {
      const url = asString(payload.url) || asString(payload.src);
      warnings.push(`dropped a Ghost ${name} card${url ? ` ${url}` : ''}: the CMS has no block for it`);
      return '';
    }
  }
}

/** Mobiledoc 0.3 sections to HTML. */
export function renderMobiledoc(source: string, warnings: string[]): string {
  const doc = asObject(JSON.parse(source));
  const markups = asArray(doc.markups).map((markup) => asArray(markup));
  const cards = asArray(doc.cards).map((entry) => asArray(entry));
  const atoms = asArray(doc.atoms).map((entry) => asArray(entry));
  const markers = (list: unknown[]) => {
    let out = '';
    const open: string[] = [];
    for (const raw of list) {
      const [kind, opens, closes, value] = asArray(raw);
      for (const index of asArray(opens)) {
        const [tag, attributes] = markups[Number(index)] ?? [];
        const pairs = asArray(attributes);
        let attributeText = '';
        for (let i = 0; i + 1 < pairs.length; i += 2)
          attributeText += ` ${asString(pairs[i])}="${escapeAttribute(asString(pairs[i + 1]))}"`;
        out += `<${asString(tag)}${attributeText}>`;
        open.push(asString(tag));
      }
      out += kind === 1 ? escapeHtml(asString(asArray(atoms[Number(value)])[1])) : escapeHtml(asString(value));
      for (let i = 0; i < Number(closes); i++) out += `</${open.pop()}>`;
    }
    while (open.length) out += `</${open.pop()}>`;
    return out;
  };
  return asArray(doc.sections)
    .map((raw) => {
      const section = asArray(raw);
      const type = Number(section[0]);
      if (type === 1) return `<${asString(section[1])}>${markers(asArray(section[2]))}</${asString(section[1])}>`;
      if (type === 3)
        return `<${asString(section[1])}>${asArray(section[2])
          .map((item) => `<li>${markers(asArray(item))}</li>`)
          .join('')}</${asString(section[1])}>`;
      if (type === 2) return `<figure><img src="${escapeAttribute(asString(section[1]))}"></figure>`;
      if (type === 10) {
        const [name, payload] = cards[Number(section[1])] ?? [];
        return card(asString(name), asObject(payload), warnings);
      }
      return '';
    })
    .join('\n');
}

const FORMAT_TAGS: Array<[number, string]> = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
];

function lexicalNode(node: Json, warnings: string[]): string {
  const children = () =>
    asArray(node.children)
      .map((child) => lexicalNode(asObject(child), warnings))
      .join('');
  switch (asString(node.type)) {
    case 'root':
      return children();
    case 'text':
    case 'extended-text': {
      let text = escapeHtml(asString(node.text));
      const format = Number(node.format) || 0;
      for (const [bit, tag] of FORMAT_TAGS) if (format & bit) text = `<${tag}>${text}</${tag}>`;
      return text;
    }
    case 'linebreak':
      return '<br>';
    case 'paragraph':
      return `<p>${children()}</p>`;
    case 'heading':
    case 'extended-heading':
      return `<${asString(node.tag) || 'h2'}>${children()}</${asString(node.tag) || 'h2'}>`;
    case 'quote':
    case 'extended-quote':
    case 'aside':
      return `<blockquote>${children()}</blockquote>`;
    case 'list':
      return asString(node.listType) === 'number' ? `<ol>${children()}</ol>` : `<ul>${children()}</ul>`;
    case 'listitem':
      return `<li>${children()}</li>`;
    case 'link':
    case 'autolink':
      return `<a href="${escapeAttribute(asString(node.url))}">${children()}</a>`;
    default:
      return card(asString(node.type), node, warnings);
  }
}

/** Lexical's JSON document to HTML. */
export function renderLexical(source: string, warnings: string[]): string {
  return lexicalNode(asObject(asObject(JSON.parse(source)).root), warnings);
}
