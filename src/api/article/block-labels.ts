import type { Core, UID } from '@strapi/strapi';
import { paramsOf, type ActionResult, type DocumentMiddleware } from '../../document-middleware';

/**
 * The content-manager titles a collapsed dynamic-zone block with its component's main field;
 * a Text block's main field is rich text and a Read Also block's a relation, so every block
 * read just "Text" or "Read Also". Each keeps a private `label` instead — the first words of
 * its text, or its link's title — kept up to date on every write of a story, whatever wrote it
 * (admin panel, REST, GraphQL, the importer), and shown as the block's main field.
 */
const ARTICLE = 'api::article.article';
const TEXT = 'article.text';
const READ_ALSO = 'article.read-also';
// Only a write that sends a body can change a label: publish and clone copy the blocks with
// their labels, and an update without a body leaves them as they are.
const WRITES = new Set(['create', 'update']);
const MAX_LABEL = 60;

type Node = { text?: unknown; children?: unknown };
type Block = {
  __component?: string;
  id?: number;
  label?: string | null;
  content?: unknown;
  link?: { title?: string | null } | null;
};

function plainText(nodes: unknown, out: string[] = []): string[] {
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes as Node[]) {
    if (typeof node?.text === 'string') out.push(node.text);
    plainText(node?.children, out);
    if (out.join(' ').length > MAX_LABEL * 2) break;
  }
  return out;
}

/** At most MAX_LABEL characters, cut between words, with "…" when cut. */
export function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_LABEL) return flat;
  const cut = flat.slice(0, MAX_LABEL);
  if (flat[MAX_LABEL] === ' ') return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export const labelOf = (block: Block): string | null => {
  if (block.__component === TEXT) return shortLabel(plainText(block.content).join(' ')) || null;
  if (block.__component === READ_ALSO) return block.link?.title ? shortLabel(block.link.title) : null;
  return null;
};

const isBlock = (value: unknown): value is Block => typeof value === 'object' && value !== null;

export const keepBlockLabels =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const body = paramsOf(ctx).data?.body;
    if (ctx.uid !== ARTICLE || !WRITES.has(ctx.action) || !Array.isArray(body)) return next();
    // A Text block's label is in the data being written: it is written with it, at no extra query.
    for (const block of body) if (isBlock(block) && block.__component === TEXT) block.label = labelOf(block);
    const result = await next();
    // A Read Also block's label is its link's title, which only the stored story has.
    if (!body.some((block) => isBlock(block) && block.__component === READ_ALSO)) return result;
    const documentId = paramsOf(ctx).documentId ?? (result as ActionResult)?.documentId;
    if (!documentId) return result;
    const rows = (await strapi.db.query(ARTICLE).findMany({
      select: ['id'],
      where: { documentId },
      populate: {
        body: { on: { [READ_ALSO]: { select: ['id', 'label'], populate: { link: { select: ['title'] } } } } },
      },
    })) as Array<{ body?: Block[] }>;
    for (const block of rows.flatMap((row) => row.body ?? [])) {
      const label = labelOf(block);
      if (block.id && block.__component === READ_ALSO && label !== (block.label ?? null)) {
        await strapi.db.query(READ_ALSO as UID.Schema).updateMany({ where: { id: block.id }, data: { label } });
      }
    }
    return result;
  };
