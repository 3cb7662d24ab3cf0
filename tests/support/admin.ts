import { adminJwt, http } from './api';

/** Reads a content type's documents through the content-manager API, as the admin panel does. */
export async function adminList(uid: string, query = '') {
  const answer = await http(`/content-manager/collection-types/${uid}?pageSize=100${query}`, { token: adminJwt });
  if (answer.status !== 200) throw new Error(`content-manager answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.results as any[];
}

export const redirectsTo = async (documentId: string) =>
  (await adminList('plugin::newsroom.redirect', `&filters[targetDocumentId][$eq]=${documentId}`)).map((row) => row.slug).sort();

export const redirectFrom = async (slug: string) =>
  (await adminList('plugin::newsroom.redirect', `&filters[slug][$eq]=${encodeURIComponent(slug)}`))[0];
