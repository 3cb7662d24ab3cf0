import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yup } from '@strapi/utils';

/**
 * Strapi's entity validator checks unique fields and relations with queries inside yup tests. In yup
 * 0.32.9, the version Strapi pins, a test whose promise rejects never calls back: a query that lost its
 * connection left its request waiting for ever, holding its pool connection. package.json overrides it
 * with 0.32.11, which passes the error on; this fails if that override goes.
 */
test("a query failing inside Strapi's validation fails the validation, it does not leave it waiting", async () => {
  const schema = yup.object({
    slug: yup.string().test('unique', 'must be unique', async () => {
      throw new Error('Connection terminated unexpectedly');
    }),
  });
  let timer: NodeJS.Timeout | undefined;
  const waiting = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting'), 1000)));
  const settled = schema.validate({ slug: 'a-story' }, { abortEarly: false }).then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error))
  );
  const outcome = await Promise.race([settled, waiting]);
  clearTimeout(timer);
  assert.equal(outcome, 'Connection terminated unexpectedly');
});
