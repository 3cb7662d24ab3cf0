import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt } from './excerpt';

const longEnglish =
  'After a week-long visit to Russia that included discussions with President Vladimir Putin on increased military and other cooperation, it was reported by Russian news media that North Korean leader Kim Jong Un was leaving for home by train on Sunday.';

const cases: Array<{
  name: string;
  summary: string | null | undefined;
  body: string;
  maxLength?: number;
  expected: string;
}> = [
  { name: 'summary wins, trimmed', summary: '  Kim heads home.  ', body: longEnglish, expected: 'Kim heads home.' },
  { name: 'summary is not shortened', summary: longEnglish, body: '', maxLength: 20, expected: longEnglish },
  { name: 'blank summary falls back to body', summary: ' \n ', body: 'Short body.', expected: 'Short body.' },
  { name: 'null summary', summary: null, body: 'Short body.', expected: 'Short body.' },
  { name: 'undefined summary', summary: undefined, body: 'Short body.', expected: 'Short body.' },
  {
    name: 'whitespace collapsed, no ellipsis when not cut',
    summary: '',
    body: '  Title\n\nFirst   line.\tEnd  ',
    expected: 'Title First line. End',
  },
  {
    name: 'English cut at word boundary with default 200',
    summary: '',
    body: longEnglish,
    expected:
      'After a week-long visit to Russia that included discussions with President Vladimir Putin on increased military and other cooperation, it was reported by Russian news media that North Korean leader…',
  },
  {
    name: 'space exactly at maxLength keeps the whole word',
    summary: '',
    body: 'alpha beta gamma',
    maxLength: 10,
    expected: 'alpha beta…',
  },
  {
    name: 'word crossing maxLength is dropped',
    summary: '',
    body: 'alpha beta gamma',
    maxLength: 13,
    expected: 'alpha beta…',
  },
  {
    name: 'trailing comma stripped',
    summary: '',
    body: 'Rain, wind, snow today',
    maxLength: 11,
    expected: 'Rain, wind…',
  },
  { name: 'trailing dash stripped', summary: '', body: 'He left — quietly', maxLength: 9, expected: 'He left…' },
  {
    name: 'trailing colon and semicolon stripped',
    summary: '',
    body: 'Note: one; two',
    maxLength: 10,
    expected: 'Note: one…',
  },
  { name: 'exactly maxLength is not cut', summary: '', body: 'alpha beta', maxLength: 10, expected: 'alpha beta' },
  { name: 'single long word is hard-cut', summary: '', body: 'Supercalifragilistic', maxLength: 5, expected: 'Super…' },
  {
    name: 'Russian',
    summary: '',
    body: 'Ким Чен Ын покинул Россию на поезде',
    maxLength: 20,
    expected: 'Ким Чен Ын покинул…',
  },
  {
    name: 'Korean cuts at spaces',
    summary: '',
    body: '김정은 위원장이 러시아를 방문했다',
    maxLength: 12,
    expected: '김정은 위원장이…',
  },
  {
    name: 'Chinese cut at maxLength characters',
    summary: '',
    body: '北京欢迎你金正恩访问俄罗斯',
    maxLength: 5,
    expected: '北京欢迎你…',
  },
  {
    name: 'Chinese trailing comma stripped',
    summary: '',
    body: '北京欢迎你，金正恩访问俄罗斯',
    maxLength: 6,
    expected: '北京欢迎你…',
  },
  {
    name: 'Japanese',
    summary: '',
    body: '東京タワーに行きました。とても高い。',
    maxLength: 12,
    expected: '東京タワーに行きました…',
  },
  {
    name: 'Chinese with an early Latin word is not cut back to it',
    summary: '',
    body: 'iPhone 手机评测北京欢迎你金正恩访问俄罗斯',
    maxLength: 12,
    expected: 'iPhone 手机评测北…',
  },
  { name: 'surrogate pair never split', summary: '', body: '𠀋𠀋𠀋𠀋', maxLength: 3, expected: '𠀋…' },
  { name: 'emoji never split', summary: '', body: 'ab🎉🎉🎉', maxLength: 5, expected: 'ab🎉…' },
  {
    name: 'mixed English, Korean and Chinese',
    summary: '',
    body: 'Kim Jong-un (김정은) visits 俄罗斯 today',
    maxLength: 27,
    expected: 'Kim Jong-un (김정은) visits 俄罗…',
  },
  {
    name: 'long leading whitespace',
    summary: '',
    body: `${'\n'.repeat(5000)}alpha beta gamma`,
    maxLength: 13,
    expected: 'alpha beta…',
  },
  {
    name: 'long whitespace run inside',
    summary: '',
    body: `alpha${' \n'.repeat(5000)}beta gamma`,
    maxLength: 10,
    expected: 'alpha beta…',
  },
  {
    name: 'Latin word followed by astral Han characters',
    summary: '',
    body: `${' '.repeat(300)}ab${'𠀋'.repeat(200)}`,
    maxLength: 2,
    expected: 'ab…',
  },
  { name: 'emoji only body', summary: '', body: '🎉🚀', expected: '🎉🚀' },
  { name: 'empty body and no summary', summary: null, body: '', expected: '' },
  { name: 'whitespace body and no summary', summary: '', body: ' \n\t ', expected: '' },
  { name: 'non-string body', summary: null, body: undefined as unknown as string, expected: '' },
];

for (const { name, summary, body, maxLength, expected } of cases) {
  test(`excerpt: ${name}`, () => {
    const result = maxLength === undefined ? excerpt(summary, body) : excerpt(summary, body, maxLength);
    assert.equal(result, expected);
  });
}

test('excerpt: 100 000-word body gives at most maxLength + "…"', () => {
  const body = Array.from({ length: 100_000 }, (_, i) => `word${i}`).join(' ');
  const result = excerpt('', body);
  // word0..word9 take 59 characters, each further word 7: word29 ends at 199, the space at 199 is the cut.
  assert.equal(result.length, 200);
  assert.ok(result.endsWith(' word29…'));
});
