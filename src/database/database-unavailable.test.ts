import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  const cases: [string, unknown, boolean][] = [
    ['refused connection', withCode('ECONNREFUSED'), true],
    ['refused on both addresses (AggregateError)', new AggregateError([withCode('ECONNREFUSED')]), true],
    ['PostgreSQL admin shutdown', withCode('57P01', 'terminating connection due to administrator command'), true],
    ['PostgreSQL starting up', withCode('57P03', 'the database system is starting up'), true],
    ['connection exception class 08', withCode('08006'), true],
    [
      'pg client after a lost connection',
      new Error('Client has encountered a connection error and is not queryable'),
      true,
    ],
    ['pg connection terminated', new Error('Connection terminated unexpectedly'), true],
    [
      'knex pool timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
      true,
    ],
    ['SQLite busy', withCode('SQLITE_BUSY', 'database is locked'), true],
    ['wrapped in a cause', new Error('query failed', { cause: withCode('ECONNRESET') }), true],
    ['unique violation', withCode('23505', 'duplicate key value'), false],
    ['a validation error', new Error('title must be a string'), false],
    ['not an error', 'ECONNREFUSED', false],
    ['null', null, false],
  ];
  for (const [name, error, expected] of cases) {
    it(name, () => assert.equal(isDatabaseUnavailable(error), expected));
  }
});
