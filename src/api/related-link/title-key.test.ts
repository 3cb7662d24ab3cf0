import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TITLE_KEY, titleKey } from './title-key';

const same: Array<[string, string]> = [
  ['Ford’s Layoff Wave Hits Michigan Facility', "FORD'S LAYOFF WAVE HITS MICHIGAN FACILITY"],
  ['Exploring the Encounter with ‘Alien Bodies’ in Mexico', 'Exploring the encounter with "Alien Bodies" in Mexico!'],
  ['Kim Jong-un Concludes Visit', 'Kim Jong Un concludes visit'],
  ['Two  spaces\u00a0and a tab\there', 'two spaces and a tab here'],
  ['김정은, 러시아 방문', '김정은 러시아 방문'],
  ['Ким Чен Ын покинул Россию', 'КИМ ЧЕН ЫН ПОКИНУЛ РОССИЮ'],
  ['Ｆｕｌｌｗｉｄｔｈ Title', 'Fullwidth title'],
];
for (const [a, b] of same) {
  test(`titleKey: "${a}" matches "${b}"`, () => assert.equal(titleKey(a), titleKey(b)));
}

const different: Array<[string, string]> = [
  ['Café Opens', 'Cafe Opens'],
  ['Ford Layoffs', 'Ford Layoff'],
  ['北京', '东京'],
];
for (const [a, b] of different) {
  test(`titleKey: "${a}" differs from "${b}"`, () => assert.notEqual(titleKey(a), titleKey(b)));
}

test('titleKey: nothing in, nothing out', () => {
  assert.equal(titleKey(undefined), '');
  assert.equal(titleKey('…!?'), '');
});

test('titleKey: fits its column however much NFKC expands a title', () => {
  assert.equal(titleKey('\ufdfa'.repeat(300)).length, MAX_TITLE_KEY);
});
