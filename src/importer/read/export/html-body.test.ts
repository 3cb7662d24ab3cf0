import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlText } from './html-body';

describe('htmlText', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text', 'World news', 'World news'],
    ['white space folded and trimmed', '  Business\r\n\tand  money ', 'Business and money'],
    ['an entity decoded', 'Business &amp; Finance', 'Business & Finance'],
    ['a numeric entity', 'Caf&#233; society', 'Café society'],
    ['tags out, their text kept', '<p>An <em>important</em> excerpt</p>', 'An important excerpt'],
    ['a lone ampersand kept', 'Rock & roll', 'Rock & roll'],
    ['a NUL dropped as the HTML parser drops it', 'Sec\u0000tion', 'Section'],
    ['a less-than that opens no tag', '3 < 4', '3 < 4'],
    ['nothing', '', ''],
  ];
  for (const [name, html, text] of cases) it(name, () => assert.equal(htmlText(html), text));
});
