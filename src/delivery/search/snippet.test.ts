import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snippet, SNIPPET_LENGTH } from './snippet';

const long = (words: number, word = 'filler') => Array.from({ length: words }, () => word).join(' ');

describe('search snippet', () => {
  const cases: [string, string[], string[], string][] = [
    [
      'marks a word, keeping its case',
      ['Kim met Putin in Vostochny.'],
      ['putin'],
      'Kim met <mark>Putin</mark> in Vostochny.',
    ],
    ['marks every match', ['Putin and putin'], ['putin'], '<mark>Putin</mark> and <mark>putin</mark>'],
    [
      'escapes the text around it',
      ['<b>Kim</b> & "Putin"'],
      ['kim'],
      '&lt;b&gt;<mark>Kim</mark>&lt;/b&gt; &amp; &quot;Putin&quot;',
    ],
    [
      'joins overlapping CJK bigrams into one mark',
      ['他在北京大学读书'],
      ['北京', '京大', '大学'],
      '他在<mark>北京大学</mark>读书',
    ],
    ['Korean inside a longer word', ['대통령은 서울에서 말했다'], ['서울'], '대통령은 <mark>서울</mark>에서 말했다'],
    ['the first text that matches', ['No match here.', 'Here is Kim.'], ['kim'], 'Here is <mark>Kim</mark>.'],
    ['no match anywhere: the first text', ['', 'Plain start.'], ['kim'], 'Plain start.'],
    ['nothing at all', ['', ''], ['kim'], ''],
    ['does not mark part of a word', ['Kimchi is not Kim.'], ['kim'], 'Kimchi is not <mark>Kim</mark>.'],
    [
      'nor the tail of a word before the first match',
      ['Xminister and minister'],
      ['minister'],
      'Xminister and <mark>minister</mark>',
    ],
    ['every whitespace run is one space', ['Kim\n\n met\t  Putin '], ['kim'], '<mark>Kim</mark> met Putin'],
  ];
  for (const [name, texts, tokens, expected] of cases) {
    it(name, () => assert.equal(snippet(texts, tokens), expected));
  }

  it('marks every match inside the passage of a long text, and none past it', () => {
    const text = `${long(100)} Kim ${long(10)} kim ${long(100)} kim`;
    const html = snippet([text], ['kim']);
    assert.equal(html.match(/<mark>/g)?.length, 2, html);
    assert.match(html, /<mark>Kim<\/mark> (filler ){10}<mark>kim<\/mark>/);
  });

  it('cuts a long text around the first match at word boundaries', () => {
    const text = `${long(100)} Vostochny ${long(100)}`;
    const html = snippet([text], ['vostochny']);
    assert.match(html, /^…filler .*<mark>Vostochny<\/mark> filler .*filler…$/);
    assert.ok(html.replace(/<\/?mark>/g, '').length <= SNIPPET_LENGTH + 2);
  });
});
