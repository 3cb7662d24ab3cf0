/**
 * A story's section and tags from the names (and slugs) its source gives:
 * found by slug, else by name, else created through the document service so
 * the plugin gives them their slug. Like authors, one per name however many
 * stories name it, also when two imports create it at once. Within one run,
 * a name looked up once is not looked up again (run-lookups.ts).
 */
import type { Core } from '@strapi/strapi';
import { lockKeys } from './advisory-locks';
import type { TermRef } from '../story/parsed-story';
import type { RunLookups } from './run-lookups';

type TermUid = 'api::section.section' | 'api::tag.tag';

interface SlugsService {
  normalize(value: unknown): string;
}

export const slugsService = (strapi: Core.Strapi) =>
  strapi.plugin('newsroom')?.service('slugs') as SlugsService | undefined;

async function termFor(strapi: Core.Strapi, uid: TermUid, term: TermRef, lookups?: RunLookups): Promise<string> {
  const slug = term.slug ? (slugsService(strapi)?.normalize(term.slug) ?? '') : '';
  const key = `${uid}:${slug}:${term.name.toLowerCase()}`;
  const known = lookups?.get(key);
  if (known) return known;
  const documentId = await findOrCreateTerm(strapi, uid, term, slug);
  await lookups?.keep(key, documentId);
  return documentId;
}

async function findOrCreateTerm(strapi: Core.Strapi, uid: TermUid, term: TermRef, slug: string): Promise<string> {
  const find = async () => {
    const query = strapi.db.query(uid);
    const bySlug = slug ? await query.findOne({ where: { slug }, select: ['documentId'] }) : null;
    return (bySlug ?? (await query.findOne({ where: { name: { $eqi: term.name } }, select: ['documentId'] }))) as {
      documentId: string;
    } | null;
  };
  let found = await find();
  if (!found) {
    await lockKeys(strapi, [`newsroom:${uid}:${(slug || term.name).toLowerCase()}`]);
    found = await find();
  }
  if (found) return found.documentId;
  // Typed as one of the two: a section and a tag share the fields written here.
  const created = await strapi
    .documents(uid as 'api::tag.tag')
    .create({ data: { name: term.name, ...(slug ? { slug } : {}) } });
  return created.documentId;
}

/**
 * A section, nested under its parent as the source nests it. A section that already has a parent
 * keeps it: where an editor moved it since, the editor wins.
 */
async function sectionWithParent(strapi: Core.Strapi, section: TermRef, lookups?: RunLookups): Promise<string> {
  const documentId = await termFor(strapi, 'api::section.section', section, lookups);
  if (!section.parent) return documentId;
  const parentId = await sectionWithParent(strapi, section.parent, lookups);
  if (parentId === documentId) return documentId;
  // Once per run and section: the parent is looked at, and set when it has none.
  const nested = `nested:${documentId}:${parentId}`;
  if (lookups?.get(nested)) return documentId;
  const current = await strapi
    .documents('api::section.section')
    .findOne({ documentId, populate: { parent: { fields: ['documentId'] } } });
  if (current && !current.parent) {
    await strapi.documents('api::section.section').update({ documentId, data: { parent: parentId } });
  }
  await lookups?.keep(nested, documentId);
  return documentId;
}

export const sectionFor = (strapi: Core.Strapi, section: TermRef | undefined, lookups?: RunLookups) =>
  section ? sectionWithParent(strapi, section, lookups) : Promise.resolve(undefined);

export async function tagsFor(
  strapi: Core.Strapi,
  tags: TermRef[] | undefined,
  lookups?: RunLookups
): Promise<string[]> {
  const ids: string[] = [];
  for (const tag of tags ?? []) {
    const id = await termFor(strapi, 'api::tag.tag', tag, lookups);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
