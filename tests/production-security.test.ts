/**
 * A Strapi of its own, started with NODE_ENV=production behind a trusted proxy (SERVER_PROXY) and with
 * a short throttle window: GraphQL shows no landing page and refuses introspection, HSTS is sent,
 * CORS_ORIGINS gets credentials; failed logins are keyed on the address the proxy saw, an address has
 * a ceiling over all identifiers, and the window runs out. SQLite, a throwaway file, in either suite.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startStrapi, type RunningStrapi } from '../scripts/support/strapi-process';
import { assertSecurityHeaders } from './support/security-headers';

const root = path.resolve(__dirname, '..');
const WINDOW_SECONDS = 3;
const MAX_FAILURES = 5;
const PER_ADDRESS = 8;
const FRONTEND = 'https://www.newsroom.example';

describe('production', () => {
  let server: RunningStrapi;
  let work: string;

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-prod-security-'));
    server = await startStrapi({
      root,
      logFile: path.join(work, 'strapi.log'),
      env: {
        NODE_ENV: 'production',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(work, 'prod.db'),
        APP_KEYS: 'prod-test-key-1,prod-test-key-2',
        API_TOKEN_SALT: 'prod-test-api-token-salt',
        ADMIN_JWT_SECRET: 'prod-test-admin-jwt-secret',
        TRANSFER_TOKEN_SALT: 'prod-test-transfer-token-salt',
        ENCRYPTION_KEY: 'prod-test-encryption-key-32-chars!',
        JWT_SECRET: 'prod-test-jwt-secret',
        PREVIEW_SECRET: 'prod-test-preview-secret',
        SERVER_PROXY: 'true',
        LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
        LOGIN_MAX_FAILURES: String(MAX_FAILURES),
        LOGIN_MAX_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
        CORS_ORIGINS: `${FRONTEND}, https://app.newsroom.example`,
      },
    });
  });

  after(async () => {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const graphql = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  const login = (identifier: string, forwardedFor: string) =>
    fetch(`${server.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ identifier, password: 'wrong-password' }),
    }).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: await response.text(),
    }));

  it('GraphQL: no landing page, no introspection, queries still answered', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    assert.notEqual(page.status, 200, html.slice(0, 200));
    assert.doesNotMatch(html, /<html|apollographql/i);

    const introspection = await graphql('{ __schema { types { name } } }');
    const refused = (await introspection.json()) as {
      errors?: Array<{ extensions?: { validationErrorCode?: string } }>;
    };
    assert.equal(introspection.status, 400);
    assert.equal(refused.errors?.[0]?.extensions?.validationErrorCode, 'INTROSPECTION_DISABLED');

    const query = await graphql('{ articles { title } }');
    assert.equal(query.status, 200);
    const answer = (await query.json()) as { data: { articles: Array<{ title: string }> } };
    assert.ok(answer.data.articles.length > 0, 'the sample story');
  });

  it('HSTS and the other security headers', async () => {
    for (const address of ['/api/articles', '/story/', '/feeds/rss.xml']) {
      const response = await fetch(`${server.url}${address}`);
      await response.arrayBuffer();
      assertSecurityHeaders(address, response.headers);
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=31536000/, address);
    }
  });

  it('CORS: credentials for an origin in CORS_ORIGINS only', async () => {
    const from = async (origin?: string) => {
      const response = await fetch(`${server.url}/api/articles`, { headers: origin ? { origin } : {} });
      await response.arrayBuffer();
      return {
        origin: response.headers.get('access-control-allow-origin'),
        credentials: response.headers.get('access-control-allow-credentials'),
      };
    };
    assert.deepEqual(await from(FRONTEND), { origin: FRONTEND, credentials: 'true' });
    assert.deepEqual(await from('https://evil.example'), { origin: null, credentials: null });
    const none = await from();
    assert.notEqual(none.origin, '');
    assert.equal(none.credentials, null);
  });

  it('behind the proxy, failures count per client address, and the client cannot pick its own', async () => {
    const identifier = `proxied-${Date.now()}@newsroom.test`;
    for (let i = 0; i < MAX_FAILURES; i++) assert.equal((await login(identifier, '203.0.113.1')).status, 400);
    assert.equal((await login(identifier, '203.0.113.1')).status, 429);
    // The proxy appends the address it saw: what the client wrote before it is not believed.
    assert.equal((await login(identifier, '192.0.2.77, 203.0.113.1')).status, 429);
    // Another client behind the same proxy is judged on its own.
    assert.equal((await login(identifier, '203.0.113.2')).status, 400);
  });

  it(`an address has a ceiling over all identifiers (${PER_ADDRESS}), and the window runs out`, async () => {
    const address = '198.51.100.20';
    for (let i = 0; i < PER_ADDRESS; i++)
      assert.equal((await login(`spray-${i}-${Date.now()}@newsroom.test`, address)).status, 400, `identifier ${i}`);
    const throttled = await login(`spray-last-${Date.now()}@newsroom.test`, address);
    assert.equal(throttled.status, 429, throttled.body);
    const retryAfter = Number(throttled.retryAfter);
    assert.ok(retryAfter >= 1 && retryAfter <= WINDOW_SECONDS, `Retry-After: ${throttled.retryAfter}`);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
    assert.equal((await login(`spray-after-${Date.now()}@newsroom.test`, address)).status, 400);
  });
});
