import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkKeys, mergePurges, purgeRequests, retryDelay } from './purge-requests';

const none = { serviceId: '', apiToken: '', apiUrl: 'https://api.fastly.com' };
const noCloudflare = { zoneId: '', apiToken: '', apiUrl: 'https://api.cloudflare.com/client/v4' };

describe('purgeRequests', () => {
  it('sends Varnish a PURGE per endpoint, hard or soft', () => {
    const config = { purgeUrls: ['http://a:6081', 'http://b:6081/'], fastly: none, cloudflare: noCloudflare };
    assert.deepEqual(purgeRequests(config, { keys: ['d:1', 't:article'], soft: false }), [
      { url: 'http://a:6081', method: 'PURGE', headers: { xkey: 'd:1 t:article' } },
      { url: 'http://b:6081/', method: 'PURGE', headers: { xkey: 'd:1 t:article' } },
    ]);
    assert.deepEqual(purgeRequests(config, { keys: ['d:1'], soft: true })[0].headers, { 'xkey-softpurge': 'd:1' });
  });

  it("calls Fastly's and Cloudflare's purge-by-key APIs", () => {
    const config = {
      purgeUrls: [],
      fastly: { serviceId: 'svc', apiToken: 'ft', apiUrl: 'https://api.fastly.com/' },
      cloudflare: { zoneId: 'zone', apiToken: 'ct', apiUrl: 'https://api.cloudflare.com/client/v4' },
    };
    assert.deepEqual(purgeRequests(config, { keys: ['d:1', 't:article'], soft: true }), [
      {
        url: 'https://api.fastly.com/service/svc/purge',
        method: 'POST',
        headers: { 'Fastly-Key': 'ft', 'Surrogate-Key': 'd:1 t:article', 'Fastly-Soft-Purge': '1' },
      },
      {
        url: 'https://api.cloudflare.com/client/v4/zones/zone/purge_cache',
        method: 'POST',
        headers: { Authorization: 'Bearer ct', 'Content-Type': 'application/json' },
        body: '{"tags":["d:1","t:article"]}',
      },
    ]);
  });

  it('keeps every request within its engine’s limits', () => {
    const keys = Array.from({ length: 700 }, (_, i) => `d:${String(i).padStart(24, '0')}`);
    const config = {
      purgeUrls: ['http://a:6081'],
      fastly: { serviceId: 's', apiToken: 't', apiUrl: 'https://f' },
      cloudflare: { zoneId: 'z', apiToken: 't', apiUrl: 'https://c' },
    };
    const requests = purgeRequests(config, { keys, soft: false });
    const varnish = requests.filter((r) => r.method === 'PURGE');
    const fastly = requests.filter((r) => r.url.startsWith('https://f'));
    const cloudflare = requests.filter((r) => r.url.startsWith('https://c'));
    assert.ok(varnish.every((r) => r.headers.xkey.length <= 4096));
    assert.ok(fastly.every((r) => r.headers['Surrogate-Key'].split(' ').length <= 256));
    assert.ok(cloudflare.every((r) => (JSON.parse(r.body ?? '') as { tags: string[] }).tags.length <= 30));
    for (const group of [varnish.map((r) => r.headers.xkey), fastly.map((r) => r.headers['Surrogate-Key'])]) {
      assert.deepEqual(group.join(' ').split(' '), keys);
    }
  });
});

describe('chunkKeys', () => {
  const cases: { keys: string[]; maxBytes: number; maxCount?: number; chunks: string[][] }[] = [
    { keys: [], maxBytes: 10, chunks: [] },
    { keys: ['aaa', 'bbb', 'ccc'], maxBytes: 8, chunks: [['aaa', 'bbb'], ['ccc']] },
    { keys: ['aaa', 'bbb', 'ccc'], maxBytes: 100, maxCount: 1, chunks: [['aaa'], ['bbb'], ['ccc']] },
    { keys: ['a-key-longer-than-the-limit'], maxBytes: 4, chunks: [['a-key-longer-than-the-limit']] },
  ];
  for (const { keys, maxBytes, maxCount, chunks } of cases) {
    it(`${keys.length} keys within ${maxBytes} bytes, ${maxCount ?? '∞'} a chunk`, () =>
      assert.deepEqual(chunkKeys(keys, maxBytes, maxCount), chunks));
  }
});

describe('mergePurges', () => {
  it('sends each key once, hard when any write wanted it hard', () => {
    assert.deepEqual(
      mergePurges([
        { keys: ['d:1', 't:article'], soft: true },
        { keys: ['d:2', 't:article'], soft: false },
        { keys: ['d:1'], soft: true },
      ]),
      [
        { keys: ['d:2', 't:article'], soft: false },
        { keys: ['d:1'], soft: true },
      ]
    );
    assert.deepEqual(mergePurges([]), []);
  });
});

describe('retryDelay', () => {
  const cases: [number, number][] = [
    [1, 500],
    [2, 1000],
    [5, 8000],
    [6, 10_000],
    [60, 10_000],
  ];
  for (const [attempts, delay] of cases)
    it(`after ${attempts} attempts`, () => assert.equal(retryDelay(attempts, 10_000), delay));
});
