import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSchedule, isEmbargoed, readInstant, type Schedule } from './check-schedule';

const now = new Date('2026-12-02T10:00:00Z');
const fields = { publishAt: 'publishAt', unpublishAt: 'unpublishAt' };
const none: Schedule = { publishAt: null, unpublishAt: null };
const at = (iso: string) => new Date(iso);

test('readInstant reads ISO 8601 instants with a zone, null and empty as no schedule', () => {
  const table: Array<[unknown, string | null | undefined]> = [
    ['2026-12-24T08:00:00Z', '2026-12-24T08:00:00.000Z'],
    ['2026-12-24T08:00:00.123Z', '2026-12-24T08:00:00.123Z'],
    ['2026-12-24T09:00+01:00', '2026-12-24T08:00:00.000Z'],
    ['2026-12-24T17:00:00+0900', '2026-12-24T08:00:00.000Z'],
    [at('2026-12-24T08:00:00Z'), '2026-12-24T08:00:00.000Z'],
    [null, null],
    ['', null],
    ['2026-12-24T08:00:00', undefined],
    ['2026-12-24', undefined],
    ['tomorrow', undefined],
    ['2026-13-45T08:00:00Z', undefined],
    [1798099200000, undefined],
    [true, undefined],
    [{}, undefined],
  ];
  for (const [value, expected] of table) {
    const read = readInstant(value);
    assert.equal(read === null || read === undefined ? read : read.toISOString(), expected, String(value));
  }
});

const cases: Array<{
  name: string;
  sent: Record<string, unknown>;
  stored?: Schedule;
  schedule?: { publishAt: string | null; unpublishAt: string | null };
  problem?: { field: string; message: RegExp };
}> = [
  {
    name: 'a go-live ahead',
    sent: { publishAt: '2026-12-02T12:00:00Z' },
    schedule: { publishAt: '2026-12-02T12:00:00.000Z', unpublishAt: null },
  },
  {
    name: 'a go-live within the tolerance',
    sent: { publishAt: '2026-12-02T09:59:30Z' },
    schedule: { publishAt: '2026-12-02T09:59:30.000Z', unpublishAt: null },
  },
  {
    name: 'a go-live in the past',
    sent: { publishAt: '2026-12-02T09:58:00Z' },
    problem: { field: 'publishAt', message: /^publishAt is in the past \(2026-12-02T09:58:00\.000Z/ },
  },
  {
    name: 'a stored go-live that has passed, sent again unchanged',
    sent: { publishAt: '2026-12-02T09:00:00.000Z', title: 'x' },
    stored: { publishAt: at('2026-12-02T09:00:00Z'), unpublishAt: null },
    schedule: { publishAt: '2026-12-02T09:00:00.000Z', unpublishAt: null },
  },
  {
    name: 'cancelling a schedule',
    sent: { publishAt: null, unpublishAt: '' },
    stored: { publishAt: at('2026-12-03T09:00:00Z'), unpublishAt: at('2026-12-04T09:00:00Z') },
    schedule: { publishAt: null, unpublishAt: null },
  },
  {
    name: 'a time without its zone',
    sent: { unpublishAt: '2026-12-24T08:00' },
    problem: { field: 'unpublishAt', message: /^unpublishAt must be a date and time with its time zone/ },
  },
  {
    name: 'a take-down before the go-live',
    sent: { publishAt: '2026-12-03T10:00:00Z', unpublishAt: '2026-12-03T09:00:00Z' },
    problem: { field: 'unpublishAt', message: /^unpublishAt \(2026-12-03T09:00:00\.000Z\) must be after publishAt/ },
  },
  {
    name: 'a take-down at the go-live',
    sent: { unpublishAt: '2026-12-03T10:00:00Z' },
    stored: { publishAt: at('2026-12-03T10:00:00Z'), unpublishAt: null },
    problem: { field: 'unpublishAt', message: /must be after publishAt/ },
  },
  {
    name: 'a go-live moved after the stored take-down',
    sent: { publishAt: '2026-12-05T10:00:00Z' },
    stored: { publishAt: null, unpublishAt: at('2026-12-04T10:00:00Z') },
    problem: { field: 'unpublishAt', message: /must be after publishAt/ },
  },
  {
    name: 'a take-down alone (of a story already live)',
    sent: { unpublishAt: '2026-12-04T10:00:00Z' },
    schedule: { publishAt: null, unpublishAt: '2026-12-04T10:00:00.000Z' },
  },
];

for (const { name, sent, stored = none, schedule, problem } of cases) {
  test(`checkSchedule: ${name}`, () => {
    const result = checkSchedule({ fields, sent, stored, now, pastToleranceMs: 60_000 });
    if (problem) {
      assert.equal(result.problem?.field, problem.field);
      assert.match(result.problem?.message ?? '', problem.message);
    } else {
      assert.equal(result.problem, undefined, result.problem?.message);
      assert.deepEqual(
        {
          publishAt: result.schedule?.publishAt?.toISOString() ?? null,
          unpublishAt: result.schedule?.unpublishAt?.toISOString() ?? null,
        },
        schedule
      );
    }
  });
}

test('checkSchedule ignores unpublishAt when the type has none', () => {
  const result = checkSchedule({
    fields: { publishAt: 'goLive' },
    sent: { goLive: '2026-12-03T10:00:00Z', unpublishAt: 'nonsense' },
    stored: none,
    now,
    pastToleranceMs: 0,
  });
  assert.equal(result.schedule?.publishAt?.toISOString(), '2026-12-03T10:00:00.000Z');
});

test('isEmbargoed: only a go-live still ahead', () => {
  assert.equal(isEmbargoed(at('2026-12-02T10:00:01Z'), now), true);
  assert.equal(isEmbargoed(at('2026-12-02T10:00:00Z'), now), false);
  assert.equal(isEmbargoed(null, now), false);
});
