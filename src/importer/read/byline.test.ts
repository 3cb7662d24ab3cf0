import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDateline, isDesk, parseByline } from './byline';

const bylines: Array<{ text: string; requireBy?: boolean; byline: ReturnType<typeof parseByline> }> = [
  { text: 'By Jane Doe', byline: { name: 'Jane Doe' } },
  { text: 'By JANE DOE, Senior Correspondent', byline: { name: 'JANE DOE', jobTitle: 'Senior Correspondent' } },
  { text: 'by: Laurie Oakes', byline: { name: 'Laurie Oakes' } },
  { text: 'Par Sébastien Farcis', byline: { name: 'Sébastien Farcis' } },
  { text: 'Von Anna Schmidt', byline: { name: 'Anna Schmidt' } },
  { text: 'By Jane Doe | 17 Sept 2023', byline: { name: 'Jane Doe' } },
  // Desks, agencies and magazines are authors too.
  { text: 'By the Associated Press', byline: { name: 'The Associated Press' } },
  { text: 'By Reuters staff', byline: { name: 'Reuters staff' } },
  { text: 'By our Foreign Desk', byline: { name: 'Our Foreign Desk' } },
  { text: 'Staff and agencies', requireBy: false, byline: { name: 'Staff and agencies' } },
  { text: 'Tech Insider', requireBy: false, byline: { name: 'Tech Insider' } },
  // Not bylines.
  { text: 'By the end of the week, the ferries were running again.', byline: undefined },
  { text: 'By the way', byline: undefined },
  { text: 'Jane Doe', byline: undefined },
  { text: 'CAIRO —', requireBy: false, byline: undefined },
  {
    text: 'CAIRO — Gunmen opened fire on a bus carrying Coptic Christians on Friday',
    requireBy: false,
    byline: undefined,
  },
  {
    text: 'Jane Doe — she has covered the region for a decade and more, from three capitals',
    requireBy: false,
    byline: undefined,
  },
];

for (const c of bylines) {
  test(`parseByline: ${c.text}${c.requireBy === false ? ' (no "By" needed)' : ''}`, () =>
    assert.deepEqual(parseByline(c.text, { requireBy: c.requireBy ?? true }), c.byline));
}

const desks: Array<[string, boolean]> = [
  ['the Associated Press', true],
  ['Reuters staff', true],
  ['Staff and agencies', true],
  ['The Economist', false], // capitalised words only: a name, which isName already accepts
  ['the end of the week', false],
  ['staff', false],
];
for (const [text, desk] of desks) test(`isDesk: ${text}`, () => assert.equal(isDesk(text), desk));

const datelines: Array<[string, boolean]> = [
  ['CAIRO —', true],
  ['CAIRO — Gunmen opened fire on a bus on Friday', true],
  ['WASHINGTON (AP) — Lawmakers agreed on a budget late on Thursday', true],
  ['SEOUL, South Korea — The city opened its first driverless line', true],
  ['LOS ANGELES – Firefighters contained the blaze by the morning', true],
  ['Cairo — a city of twenty million', false],
  ['JANE DOE, Senior Correspondent', false],
  ['JOE HILDEBRAND — Opinion', false],
  ['A HIGH-powered federal government team has been doing the rounds', false],
];
for (const [text, dateline] of datelines) test(`isDateline: ${text}`, () => assert.equal(isDateline(text), dateline));
