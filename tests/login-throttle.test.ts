/**
 * Failed logins and forged preview links are throttled (global::login-throttle): per address and
 * identifier, counted in the database so every process sees the same failures. This server trusts no
 * proxy, so the address is the socket's (127.0.0.1 for every test): each test here uses identifiers
 * of its own and stays far below the per-address ceiling that the other test files share.
 * tests/production-security.test.ts starts a Strapi behind a trusted proxy for the per-address
 * ceiling and the window running out.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiToken, baseUrl, http, secondUrl, type HttpAnswer } from './support/api';
import type { ErrorAnswer, RoleAnswer, SessionAnswer } from './support/answers';

const MAX_FAILURES = 5; // config/login-throttle.ts defaults
const MAX_PREVIEW_FAILURES = 20;
const PASSWORD = 'Reader-Passw0rd!';

const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function at<T>(url: string, path: string, init: RequestInit): Promise<HttpAnswer<T>> {
  const response = await fetch(`${url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

const login = (identifier: string, password: string, { url = baseUrl, headers = {} } = {}) =>
  at<SessionAnswer & ErrorAnswer>(url, '/api/auth/local', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ identifier, password }),
  });

const adminLogin = (email: string, password: string) =>
  at<ErrorAnswer>(baseUrl, '/admin/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

/**
 * A reader made with the API token, not through /api/auth/local/register: that route keeps Strapi's own
 * limiter (5 an address in 5 minutes, per process), which other files' registrations share.
 */
let readerRole: number | undefined;

async function register(name: string) {
  if (readerRole === undefined) {
    const roles = await http<{ roles: RoleAnswer[] }>('/api/users-permissions/roles', { token: apiToken });
    readerRole = roles.body.roles.find((role) => role.type === 'authenticated')?.id;
    assert.ok(readerRole, JSON.stringify(roles.body));
  }
  const answer = await http<{ id: number }>('/api/users', {
    method: 'POST',
    token: apiToken,
    json: { username: name, email: `${name}@newsroom.test`, password: PASSWORD, confirmed: true, role: readerRole },
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return `${name}@newsroom.test`;
}

function assertThrottled(answer: HttpAnswer<ErrorAnswer>) {
  assert.equal(answer.status, 429, JSON.stringify(answer.body));
  assert.equal(answer.body.data, null);
  assert.equal(answer.body.error.status, 429);
  assert.equal(answer.body.error.name, 'RateLimitError');
  const retryAfter = Number(answer.headers.get('retry-after'));
  assert.ok(retryAfter > 0 && retryAfter <= 900, `Retry-After: ${answer.headers.get('retry-after')}`);
}

async function failTimes(times: number, attempt: () => Promise<HttpAnswer<ErrorAnswer>>, refused = 400) {
  for (let i = 0; i < times; i++) assert.equal((await attempt()).status, refused, `failure ${i + 1}`);
}

describe('failed logins are throttled', () => {
  let email: string;
  before(async () => {
    email = await register(`throttled${tag()}`);
  });

  it(`/api/auth/local: after ${MAX_FAILURES} wrong passwords, 429 with Retry-After, even for the right one`, async () => {
    await failTimes(MAX_FAILURES, () => login(email, 'wrong-password'));
    assertThrottled(await login(email, 'wrong-password'));
    assertThrottled(await login(email, PASSWORD));
  });

  it('a spoofed X-Forwarded-For is not a new address: the limit holds', async () => {
    for (const forwarded of ['198.51.100.7', '203.0.113.9, 198.51.100.8'])
      assertThrottled(await login(email, 'wrong-password', { headers: { 'x-forwarded-for': forwarded } }));
  });

  it('the rest of the office still logs in: the limit is per identifier', async () => {
    const colleague = await register(`colleague${tag()}`);
    assert.equal((await login(colleague, 'wrong-password')).status, 400);
    const answer = await login(colleague, PASSWORD);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.ok(answer.body.jwt);
  });

  it('successful logins are never punished, and one clears the failures before it', async () => {
    const regular = await register(`regular${tag()}`);
    for (let i = 0; i < 3 * MAX_FAILURES; i++) assert.equal((await login(regular, PASSWORD)).status, 200);
    await failTimes(MAX_FAILURES - 1, () => login(regular, 'wrong-password'));
    assert.equal((await login(regular, PASSWORD)).status, 200);
    await failTimes(MAX_FAILURES - 1, () => login(regular, 'wrong-password'));
    assert.equal((await login(regular, PASSWORD)).status, 200);
  });

  it('/admin/login: wrong passwords for an admin email are throttled, the real editor still logs in', async () => {
    const target = `nobody-${tag()}@newsroom.test`;
    await failTimes(MAX_FAILURES, () => adminLogin(target, 'Wrong-Passw0rd!'));
    assertThrottled(await adminLogin(target, 'Wrong-Passw0rd!'));
    const editor = await adminLogin('editor@newsroom.test', 'Editor-Passw0rd!');
    assert.equal(editor.status, 200, JSON.stringify(editor.body));
  });

  it('preview: forged links for one document are throttled on the JSON route and the page alike', async () => {
    const documentId = `forged${tag()}`;
    const forged = (n: number) => `${documentId}.d.9999999999.${'A'.repeat(42)}${n % 10}`;
    let n = 0;
    await failTimes(
      MAX_PREVIEW_FAILURES - 1,
      () => at<ErrorAnswer>(baseUrl, '/api/preview', { headers: { authorization: `Preview ${forged(n++)}` } }),
      403
    );
    assert.equal((await fetch(`${baseUrl}/preview/${forged(n++)}`)).status, 403);
    const page = await fetch(`${baseUrl}/preview/${forged(n++)}`);
    assert.equal(page.status, 429);
    assert.ok(Number(page.headers.get('retry-after')) > 0);
    assertThrottled(
      await at<ErrorAnswer>(baseUrl, '/api/preview', { headers: { authorization: `Preview ${forged(n++)}` } })
    );
    // Another document's links are judged on their own.
    const other = await at<ErrorAnswer>(baseUrl, '/api/preview', {
      headers: { authorization: `Preview other${tag()}.d.9999999999.${'B'.repeat(43)}` },
    });
    assert.equal(other.status, 403);
  });

  it(
    'the count is shared by every process: failures on one Strapi throttle the other',
    { skip: !secondUrl },
    async () => {
      const shared = await register(`shared${tag()}`);
      await failTimes(3, () => login(shared, 'wrong-password'));
      await failTimes(MAX_FAILURES - 3, () => login(shared, 'wrong-password', { url: secondUrl }));
      assertThrottled(await login(shared, PASSWORD, { url: secondUrl }));
      assertThrottled(await login(shared, PASSWORD));
    }
  );
});
