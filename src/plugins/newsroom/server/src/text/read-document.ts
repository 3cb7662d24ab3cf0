import { extractText, type ExtractedText } from './extract-text';
import { markdownText } from './markdown-text';

/** What the reader needs to know of a Strapi attribute. */
export interface AttributeShape {
  type: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
}
export type Attributes = Record<string, AttributeShape>;

/** Which attributes hold the readable text of a document. */
export interface ReadPlan {
  /** top-level attributes: `blocks`, `richtext` (Markdown), `text`, `string`, `component` or `dynamiczone` */
  fields: string[];
  /** per component uid, the attributes of it that are read; unlisted components read their rich text and nested components */
  components?: Record<string, string[]>;
  /** components that stand for one picture each wherever they occur */
  imageComponents?: string[];
}

export const READABLE_TYPES = ['blocks', 'richtext', 'text', 'string', 'component', 'dynamiczone'] as const;

// A component's plain strings are mostly labels, captions and credits, not body copy: they are
// read only when the plan names them.
const READ_BY_DEFAULT = new Set(['blocks', 'richtext', 'component', 'dynamiczone']);

// Components nest; a schema that nests itself must not turn a save into a stack overflow.
const MAX_DEPTH = 16;

interface Walk {
  texts: string[];
  images: number;
  plan: ReadPlan;
  componentAttributes: (uid: string) => Attributes | undefined;
}

const push = (walk: Walk, part: ExtractedText) => {
  if (part.text !== '') walk.texts.push(part.text);
  walk.images += part.images;
};

function readComponent(walk: Walk, uid: unknown, value: unknown, depth: number): void {
  if (typeof uid !== 'string' || typeof value !== 'object' || value === null || depth > MAX_DEPTH) return;
  if (walk.plan.imageComponents?.includes(uid)) walk.images++;
  const attributes = walk.componentAttributes(uid);
  if (!attributes) return;
  const listed = walk.plan.components?.[uid];
  const names = listed ?? Object.keys(attributes).filter((name) => READ_BY_DEFAULT.has(attributes[name].type));
  readAttributes(walk, attributes, names, value as Record<string, unknown>, depth + 1);
}

function readAttributes(
  walk: Walk,
  attributes: Attributes,
  names: string[],
  data: Record<string, unknown>,
  depth: number
) {
  for (const name of names) {
    const attribute = attributes[name];
    const value = data[name];
    if (!attribute || value === undefined || value === null) continue;
    switch (attribute.type) {
      case 'blocks':
        push(walk, extractText(value));
        break;
      case 'richtext':
        push(walk, markdownText(value));
        break;
      case 'text':
      case 'string':
        if (typeof value === 'string') push(walk, { text: value.trim(), images: 0 });
        break;
      case 'component':
        for (const entry of Array.isArray(value) ? value : [value])
          readComponent(walk, attribute.component, entry, depth);
        break;
      case 'dynamiczone':
        if (!Array.isArray(value)) break;
        for (const entry of value) {
          const uid = (entry as { __component?: unknown } | null)?.__component;
          if (typeof uid === 'string' && attribute.components?.includes(uid)) readComponent(walk, uid, entry, depth);
        }
        break;
    }
  }
}

/**
 * The readable text of a document and how many pictures it shows, read from the attributes the
 * plan names, in that order, whatever mix of rich text, Markdown, plain text, components and
 * dynamic zones they are.
 */
export function readDocument(
  data: Record<string, unknown>,
  attributes: Attributes,
  componentAttributes: (uid: string) => Attributes | undefined,
  plan: ReadPlan
): ExtractedText {
  const walk: Walk = { texts: [], images: 0, plan, componentAttributes };
  readAttributes(walk, attributes, plan.fields, data, 0);
  return { text: walk.texts.join('\n\n'), images: walk.images };
}
