import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edgeVcl, parseBackends, parsePurgers } from './edge-vcl';

describe('parseBackends', () => {
  const cases: [string, { host: string; port: number }[]][] = [
    ['127.0.0.1:1337', [{ host: '127.0.0.1', port: 1337 }]],
    [
      'cms-1:1337, cms-2.internal:1338',
      [
        { host: 'cms-1', port: 1337 },
        { host: 'cms-2.internal', port: 1338 },
      ],
    ],
    ['[::1]:1337', [{ host: '::1', port: 1337 }]],
  ];
  for (const [value, backends] of cases) it(value, () => assert.deepEqual(parseBackends(value), backends));
  for (const bad of ['', 'localhost', 'host:0', 'host:70000', 'http://host:1337', 'a b:1'])
    it(`refuses "${bad}"`, () => assert.throws(() => parseBackends(bad), /EDGE_BACKENDS/));
});

describe('parsePurgers', () => {
  it('takes addresses and ranges', () =>
    assert.deepEqual(parsePurgers('127.0.0.1, ::1,10.0.0.0/8'), ['127.0.0.1', '::1', '10.0.0.0/8']));
  it('refuses a name or an injection', () => {
    assert.throws(() => parsePurgers('localhost'), /EDGE_PURGERS/);
    assert.throws(() => parsePurgers('1.2.3.4"; }'), /EDGE_PURGERS/);
  });
});

describe('edgeVcl', () => {
  const vcl = edgeVcl({
    backends: [
      { host: '127.0.0.1', port: 1337 },
      { host: '127.0.0.1', port: 1338 },
    ],
    purgers: ['127.0.0.1', '10.0.0.0/8'],
    policy: '/etc/newsroom/newsroom.vcl',
  });
  it('declares each backend with a probe on /_health, which answers 204', () => {
    assert.match(vcl, /backend origin_0 \{\n {2}\.host = "127\.0\.0\.1";\n {2}\.port = "1337";\n {2}\.probe = health;/);
    assert.match(vcl, /backend origin_1 \{[^}]*\.port = "1338";/);
    assert.match(vcl, /probe health \{[^}]*\.url = "\/_health";[^}]*\.expected_response = 204;/);
  });
  it('round-robins them, lets the purgers purge, and includes the policy last', () => {
    assert.match(vcl, /origin\.add_backend\(origin_0\);\n {2}origin\.add_backend\(origin_1\);/);
    assert.match(vcl, /acl purgers \{\n {2}"127\.0\.0\.1";\n {2}"10\.0\.0\.0"\/8;\n\}/);
    assert.ok(vcl.startsWith('vcl 4.1;'));
    assert.ok(vcl.trimEnd().endsWith('include "/etc/newsroom/newsroom.vcl";'));
  });
});
