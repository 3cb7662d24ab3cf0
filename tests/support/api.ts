/**
 * Clients a frontend would use: the official @strapi/client for REST and a
 * standard GraphQL client, pointed at the Strapi the harness started.
 */
import { strapi } from '@strapi/client';
import { GraphQLClient } from 'graphql-request';

export const baseUrl = process.env.NEWSROOM_URL ?? 'http://127.0.0.1:1337';
export const secondUrl = process.env.NEWSROOM_URL_2 || undefined;
export const apiToken = process.env.NEWSROOM_API_TOKEN ?? '';
export const adminJwt = process.env.NEWSROOM_ADMIN_JWT ?? '';
export const database = process.env.NEWSROOM_DB ?? 'sqlite';

export const publicRest = (url = baseUrl) => strapi({ baseURL: `${url}/api` });
export const trustedRest = (url = baseUrl) => strapi({ baseURL: `${url}/api`, auth: apiToken });

export const publicGraphql = (url = baseUrl) => new GraphQLClient(`${url}/graphql`);
export const trustedGraphql = (url = baseUrl) =>
  new GraphQLClient(`${url}/graphql`, { headers: { authorization: `Bearer ${apiToken}` } });

/** Plain HTTP for what the clients hide: status codes, headers, raw error bodies. */
export async function http(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
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
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body };
}

/** A title no other test uses, so tests can share one server. */
export const unique = (title: string) => `${title} ${Math.random().toString(36).slice(2, 8)}`;

export const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
export const heading = (text: string, level = 2) => ({ type: 'heading', level, children: [{ type: 'text', text }] });
export const textBlock = (...nodes: object[]) => ({ __component: 'article.text', content: nodes });
