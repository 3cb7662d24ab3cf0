import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptySummary, MAX_WARNED_LISTED, tally, type FileResult } from './import-files';

const result = (outcome: FileResult['outcome'], warnings: string[] = []): FileResult => ({
  file: 'export.xml',
  outcome,
  warnings,
});

describe('tally', () => {
  it('counts every result, lists every failure and the first warned results, counts the rest', () => {
    const summary = emptySummary(0);
    for (let i = 0; i < MAX_WARNED_LISTED + 5; i++) tally(summary, result('created', ['a draft in WordPress']));
    for (let i = 0; i < 3; i++) tally(summary, result('failed'));
    tally(summary, result('unchanged'));
    assert.equal(summary.created, MAX_WARNED_LISTED + 5);
    assert.equal(summary.failed, 3);
    assert.equal(summary.unchanged, 1);
    assert.equal(summary.reported.filter((r) => r.outcome === 'failed').length, 3);
    assert.equal(summary.reported.filter((r) => r.outcome === 'created').length, MAX_WARNED_LISTED);
    assert.equal(summary.warnedUnlisted, 5);
  });

  it('lists failures that come after the warned list is full', () => {
    const summary = emptySummary(0);
    for (let i = 0; i < MAX_WARNED_LISTED; i++) tally(summary, result('updated', ['w']));
    tally(summary, result('failed'));
    tally(summary, result('updated', ['w']));
    assert.equal(summary.reported.length, MAX_WARNED_LISTED + 1);
    assert.equal(summary.warnedUnlisted, 1);
  });
});
