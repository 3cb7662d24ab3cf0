import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isFailure, loginAttempt, statusOfError, type AttemptRequest } from './login-attempts';

const request = (overrides: Partial<AttemptRequest>): AttemptRequest => ({
  method: 'POST',
  path: '/',
  body: undefined,
  authorization: '',
  ...overrides,
});

describe('loginAttempt', () => {
  const cases: Array<[string, AttemptRequest, ReturnType<typeof loginAttempt>]> = [
    [
      'users-permissions login, identifier lower-cased',
      request({ path: '/api/auth/local', body: { identifier: ' Reader@Example.com ', password: 'x' } }),
      { scope: 'auth-local', identifier: 'reader@example.com' },
    ],
    [
      'a trailing slash is the same route',
      request({ path: '/api/auth/local/', body: { identifier: 'a' } }),
      { scope: 'auth-local', identifier: 'a' },
    ],
    [
      'admin login keys on the email',
      request({ path: '/admin/login', body: { email: 'Editor@Desk.test', password: 'x' } }),
      { scope: 'admin-login', identifier: 'editor@desk.test' },
    ],
    [
      'a body that is not an object has no identifier',
      request({ path: '/admin/login', body: 'email=x' }),
      { scope: 'admin-login', identifier: '' },
    ],
    [
      'a non-string identifier is none',
      request({ path: '/api/auth/local', body: { identifier: { $ne: 1 } } }),
      { scope: 'auth-local', identifier: '' },
    ],
    [
      'preview JSON names the document of its token',
      request({ method: 'GET', path: '/api/preview', authorization: 'Preview abc123.d.99.sig' }),
      { scope: 'preview', identifier: 'abc123' },
    ],
    [
      'preview page takes the token from its path',
      request({ method: 'GET', path: '/preview/doc9.p.1.zz' }),
      { scope: 'preview', identifier: 'doc9' },
    ],
    ['registration is not a login', request({ path: '/api/auth/local/register' }), undefined],
    ['a GET of the login route is not an attempt', request({ method: 'GET', path: '/api/auth/local' }), undefined],
    ['other routes', request({ method: 'GET', path: '/api/articles' }), undefined],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(loginAttempt(input), expected));

  it('bounds an identifier, so a megabyte email is not a megabyte key', () => {
    const attempt = loginAttempt(request({ path: '/api/auth/local', body: { identifier: 'x'.repeat(10_000) } }));
    assert.equal(attempt?.identifier.length, 200);
  });
});

describe('isFailure', () => {
  const cases: Array<[number, boolean]> = [
    [200, false],
    [204, false],
    [400, true],
    [401, true],
    [403, true],
    [404, false],
    [429, false],
    [500, false],
    [503, false],
  ];
  for (const [status, expected] of cases)
    it(`${status} → ${expected}`, () => assert.equal(isFailure(status), expected));
});

describe('statusOfError', () => {
  class Named extends Error {
    constructor(name: string) {
      super(name);
      this.name = name;
    }
  }
  const cases: Array<[string, unknown, number]> = [
    ['a wrong users-permissions password', new Named('ValidationError'), 400],
    ['a wrong admin password', new Named('ApplicationError'), 400],
    ['an HTTP error keeps its status', Object.assign(new Error('x'), { status: 401 }), 401],
    ['a crash', new Error('boom'), 500],
    ['not an error', 'boom', 500],
  ];
  for (const [name, error, status] of cases) it(name, () => assert.equal(statusOfError(error), status));
});

describe('loginAttempt, odd addresses', () => {
  it('a preview path with a stray % is still an attempt, not a crash', () =>
    assert.deepEqual(loginAttempt(request({ method: 'GET', path: '/preview/%E0%A4%A.d.1.x' })), {
      scope: 'preview',
      identifier: '%e0%a4%a',
    }));
});
