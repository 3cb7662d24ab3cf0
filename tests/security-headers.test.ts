/**
 * Every answer carries the security headers, whatever served it: the content API, GraphQL, the story
 * page and its script, feeds, sitemaps, uploads, errors and 429s. Scripts only from this origin (no
 * `unsafe-inline`), no MIME sniffing, a referrer policy, no X-Powered-By; HSTS is production's
 * (tests/production-security.test.ts), not this development server's. CORS never pairs credentials
 * with `*` or with an empty origin.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { apiToken, baseUrl } from './support/api';
import { assertSecurityHeaders } from './support/security-headers';

const PICTURE = path.resolve(__dirname, 'fixtures/import/pages/seoul-subway_files/platform.png');

describe('security headers', () => {
  let upload = '';
  let uploadId = 0;
  let storySlug = '';

  before(async () => {
    const form = new FormData();
    form.append('files', new Blob([fs.readFileSync(PICTURE)], { type: 'image/png' }), 'headers-check.png');
    const uploaded = await fetch(`${baseUrl}/api/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}` },
      body: form,
    });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const [file] = (await uploaded.json()) as Array<{ id: number; url: string }>;
    upload = file.url;
    uploadId = file.id;
    const list = (await (await fetch(`${baseUrl}/api/articles?pagination[pageSize]=1`)).json()) as {
      data: Array<{ slug: string }>;
    };
    storySlug = list.data[0].slug;
  });

  after(async () => {
    if (uploadId)
      await fetch(`${baseUrl}/api/upload/files/${uploadId}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${apiToken}` },
      });
  });

  it('on the API, the story page, feeds, sitemaps, uploads and errors; no HSTS in development', async () => {
    const addresses = [
      '/api/articles',
      `/api/articles/slug/${storySlug}`,
      '/api/articles/slug/no-such-story-anywhere',
      '/api/authors?filters[nonsense][$foo]=1',
      `/story/?slug=${storySlug}`,
      '/story/story.js',
      '/story/story.css',
      `/articles/${storySlug}`,
      '/preview/not-a-token',
      '/feeds/rss.xml',
      '/feeds/feed.json',
      '/sitemap.xml',
      '/robots.txt',
      upload,
      '/nowhere-at-all',
    ];
    for (const address of addresses) {
      const response = await fetch(`${baseUrl}${address}`);
      await response.arrayBuffer();
      assertSecurityHeaders(address, response.headers);
      assert.equal(response.headers.get('strict-transport-security'), null, `${address}: HSTS in development`);
    }
  });

  it('on GraphQL answers and on a throttled login', async () => {
    const graph = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { title } }' }),
    });
    assert.equal(graph.status, 200);
    assertSecurityHeaders('/graphql', graph.headers);

    const identifier = `headers-${Date.now()}@newsroom.test`;
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await fetch(`${baseUrl}/api/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier, password: 'wrong' }),
      });
      await last.arrayBuffer();
    }
    assert.equal(last?.status, 429);
    assertSecurityHeaders('429', last!.headers);
  });

  it('the admin panel has its headers too (its own script policy in development)', async () => {
    const response = await fetch(`${baseUrl}/admin/init`);
    await response.arrayBuffer();
    assertSecurityHeaders('/admin/init', response.headers, { scripts: false });
  });

  it('CORS: no credentials without an origin named in CORS_ORIGINS (none here), never an empty origin', async () => {
    for (const origin of [undefined, 'https://evil.example']) {
      const response = await fetch(`${baseUrl}/api/articles`, { headers: origin ? { origin } : {} });
      await response.arrayBuffer();
      const allowed = response.headers.get('access-control-allow-origin');
      assert.notEqual(allowed, '', `empty Access-Control-Allow-Origin for ${origin}`);
      assert.equal(response.headers.get('access-control-allow-credentials'), null, `credentials for ${origin}`);
    }
  });
});
