import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer, ArticleAnswer, StrapiError } from './support/answers';
import { apiToken, baseUrl, database, secondUrl, unique } from './support/api';

const create = async (url: string, title: string, status: 'draft' | 'published') => {
  const response = await fetch(`${url}/api/articles?status=${status}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
    body: JSON.stringify({ data: { title } }),
  });
  const body = (await response.json()) as (Partial<Answer<ArticleAnswer | null>> & { error?: StrapiError }) | null;
  return { status: response.status, slug: body?.data?.slug as string, error: body?.error };
};

const assertDistinct = (results: Awaited<ReturnType<typeof create>>[], title: string) => {
  const failures = results.filter((result) => result.status !== 201 && result.status !== 200);
  assert.deepEqual(failures, [], 'every create succeeds');
  const slugs = results.map((result) => result.slug);
  assert.equal(new Set(slugs).size, results.length, `distinct slugs: ${slugs.join(' ')}`);
  const base = title.toLowerCase().replace(/ /g, '-');
  for (const slug of slugs) assert.match(slug, new RegExp(`^${base}(-\\d+)?$`));
  assert.ok(slugs.includes(base));
};

describe('slugs under concurrent writes', () => {
  it('50 parallel creates of one title give 50 distinct slugs and no 5xx', async () => {
    const title = unique('Breaking News');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => create(baseUrl, title, i % 2 ? 'draft' : 'published'))
    );
    assertDistinct(results, title);
  });

  it(
    'holds when the creates are split across two Strapi processes on one database',
    { skip: !secondUrl && `needs two processes (PostgreSQL run); this run is ${database}` },
    async () => {
      const title = unique('Two Process Story');
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => create(i % 2 ? secondUrl! : baseUrl, title, 'published'))
      );
      assertDistinct(results, title);
    }
  );
});
