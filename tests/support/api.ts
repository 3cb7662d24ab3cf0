/**
 * Clients a frontend would use: the official @strapi/client for REST and a
 * standard GraphQL client, pointed at the Strapi the harness started.
 */
import { strapi, type API, type Strapi } from '@strapi/client';
import { GraphQLClient } from 'graphql-request';
import type { Answer, ArticleAnswer, AuthorAnswer, LinkAnswer, ListMeta, TermAnswer } from './answers';

export const baseUrl = process.env.NEWSROOM_URL ?? 'http://127.0.0.1:1337';
export const secondUrl = process.env.NEWSROOM_URL_2 || undefined;
export const apiToken = process.env.NEWSROOM_API_TOKEN ?? '';
export const adminJwt = process.env.NEWSROOM_ADMIN_JWT ?? '';
export const database = process.env.NEWSROOM_DB ?? 'sqlite';

/** The collections the tests read over REST, and what each answers. */
export interface Collections {
  articles: ArticleAnswer;
  authors: AuthorAnswer;
  'related-links': LinkAnswer;
  sections: TermAnswer;
  tags: TermAnswer;
}

/**
 * @strapi/client's collection manager with its answers typed: its own `Document` has an index
 * signature of `any`, so every field read from it would be `any`.
 */
export interface Collection<T> {
  find(query?: API.BaseQueryParams): Promise<Answer<T[], ListMeta>>;
  findOne(documentId: string, query?: API.BaseQueryParams): Promise<Answer<T>>;
  create(data: Record<string, unknown>, query?: API.BaseQueryParams): Promise<Answer<T>>;
  update(documentId: string, data: Record<string, unknown>, query?: API.BaseQueryParams): Promise<Answer<T>>;
  delete(documentId: string, query?: API.BaseQueryParams): Promise<void>;
}

/** The part of @strapi/client the tests use, typed for this app's collections. */
export interface Rest {
  collection<K extends keyof Collections>(resource: K): Collection<Collections[K]>;
  fetch: Strapi['fetch'];
}

// The same client at run time; only its answers' types are narrowed to what this app serves.
const typed = (client: Strapi) => client as unknown as Rest;

/** A REST client for any Strapi (or the edge in front of one), with a token or without. */
export const restAt = (url: string, token?: string) =>
  typed(strapi({ baseURL: `${url}/api`, ...(token ? { auth: token } : {}) }));
export const publicRest = (url = baseUrl) => restAt(url);
export const trustedRest = (url = baseUrl) => restAt(url, apiToken);

export const publicGraphql = (url = baseUrl) => new GraphQLClient(`${url}/graphql`);
export const trustedGraphql = (url = baseUrl) =>
  new GraphQLClient(`${url}/graphql`, { headers: { authorization: `Bearer ${apiToken}` } });

export interface HttpAnswer<T> {
  status: number;
  headers: Headers;
  /** the parsed JSON; the text when it is not JSON; null when there is none */
  body: T;
}

/**
 * Plain HTTP for what the clients hide: status codes, headers, raw error bodies.
 * `T` is what the caller expects the body to be: stated, not checked.
 */
export async function http<T = unknown>(
  path: string,
  init: RequestInit & { token?: string; json?: unknown } = {}
): Promise<HttpAnswer<T>> {
  const { token, json, ...rest } = init;
  const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
  if (token) headers.authorization = `Bearer ${token}`;
  if (json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    ...rest,
    headers,
    redirect: 'manual',
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** A title no other test uses, so tests can share one server. */
export const unique = (title: string) => `${title} ${Math.random().toString(36).slice(2, 8)}`;
/** A unique person's name that still reads as a name (capitalised, no digits), so a byline recognises it. */
export const uniqueName = (first: string) =>
  `${first} ${Array.from({ length: 7 }, (_, i) => String.fromCharCode((i ? 97 : 65) + Math.floor(Math.random() * 26))).join('')}`;

export const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
export const heading = (text: string, level = 2) => ({ type: 'heading', level, children: [{ type: 'text', text }] });
export const textBlock = (...nodes: object[]) => ({ __component: 'article.text', content: nodes });
