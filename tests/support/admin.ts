import { adminJwt, http } from './api';

/** A row of the newsroom plugin's redirect table, as its admin route answers it. */
export interface RedirectRow {
  slug: string;
  targetDocumentId: string;
}

/** Reads a content type's documents through the content-manager API, as the admin panel does. */
export async function adminList<T = Record<string, unknown>>(uid: string, query = ''): Promise<T[]> {
  const answer = await http<{ results: T[] }>(`/content-manager/collection-types/${uid}?pageSize=100${query}`, {
    token: adminJwt,
  });
  if (answer.status !== 200)
    throw new Error(`content-manager answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.results;
}

/** Writes a document through the content-manager API, as an editor in the admin panel does. */
export async function adminWrite<T = Record<string, unknown>>(
  uid: string,
  data: Record<string, unknown>,
  documentId?: string
): Promise<T> {
  const path = `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
  const answer = await http<{ data: T }>(path, { method: documentId ? 'PUT' : 'POST', token: adminJwt, json: data });
  if (answer.status !== 200 && answer.status !== 201)
    throw new Error(`content-manager answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

/** The newsroom plugin's admin route: the old addresses the edit view shows on a story. */
async function redirects(query: Record<string, string>) {
  const answer = await http<{ data: RedirectRow[] }>(`/newsroom/redirects?${new URLSearchParams(query)}`, {
    token: adminJwt,
  });
  if (answer.status !== 200)
    throw new Error(`/newsroom/redirects answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

export const redirectsTo = async (documentId: string, contentType = 'api::article.article') =>
  (await redirects({ contentType, documentId })).map((row) => row.slug).sort();

export const redirectFrom = async (
  slug: string,
  contentType = 'api::article.article'
): Promise<RedirectRow | undefined> => (await redirects({ contentType, slug }))[0];
