import assert from 'node:assert/strict';

/** The security headers every answer must carry; `scripts` checks the CSP's script sources too. */
export function assertSecurityHeaders(address: string, headers: Headers, { scripts = true } = {}) {
  const csp = headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/, `${address}: CSP ${csp}`);
  if (scripts) {
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    assert.equal(scriptSrc.trim(), "'self'", `${address}: script-src ${scriptSrc}`);
  }
  assert.equal(headers.get('x-content-type-options'), 'nosniff', address);
  // A preview link's page sends none at all: its token is in its address.
  assert.ok(
    ['strict-origin-when-cross-origin', 'no-referrer'].includes(headers.get('referrer-policy') ?? ''),
    `${address}: Referrer-Policy ${headers.get('referrer-policy')}`
  );
  assert.equal(headers.get('x-powered-by'), null, `${address} says who powers it`);
}
