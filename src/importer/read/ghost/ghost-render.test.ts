import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderLexical, renderMobiledoc } from './ghost-render';

describe('renderMobiledoc', () => {
  it('renders sections, markups, lists and cards; reports cards it cannot keep', () => {
    const warnings: string[] = [];
    const html = renderMobiledoc(
      JSON.stringify({
        version: '0.3.1',
        atoms: [],
        markups: [['strong'], ['a', ['href', 'https://ghost.org']]],
        cards: [
          ['image', { src: '/content/images/a.png', caption: 'A <b>c</b>' }],
          ['embed', { url: 'https://youtu.be/x' }],
          ['html', { html: '<p>raw</p>' }],
        ],
        sections: [
          [1, 'h2', [[0, [], 0, 'Title']]],
          [
            1,
            'p',
            [
              [0, [0], 1, 'Bold'],
              [0, [], 0, ' and '],
              [0, [1], 1, 'a link'],
            ],
          ],
          [3, 'ul', [[[0, [], 0, 'one']], [[0, [], 0, 'two']]]],
          [10, 0],
          [10, 1],
          [10, 2],
        ],
      }),
      warnings
    );
    assert.equal(
      html,
      '<h2>Title</h2>\n<p><strong>Bold</strong> and <a href="https://ghost.org">a link</a></p>\n<ul><li>one</li><li>two</li></ul>\n' +
        '<figure><img src="/content/images/a.png" alt=""><figcaption>A <b>c</b></figcaption></figure>\n\n<p>raw</p>'
    );
    assert.deepEqual(warnings, ['dropped a Ghost embed card https://youtu.be/x: the CMS has no block for it']);
  });
});

describe('renderLexical', () => {
  it('renders paragraphs, formats, headings, lists, quotes and links', () => {
    const text = (t: string, format = 0) => ({ type: 'text', text: t, format });
    const html = renderLexical(
      JSON.stringify({
        root: {
          type: 'root',
          children: [
            { type: 'heading', tag: 'h3', children: [text('H')] },
            {
              type: 'paragraph',
              children: [text('bold', 1), text(' & '), { type: 'link', url: '/x/', children: [text('it', 2)] }],
            },
            { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('1')] }] },
            { type: 'quote', children: [text('Q')] },
          ],
        },
      }),
      []
    );
    assert.equal(
      html,
      '<h3>H</h3><p><strong>bold</strong> &amp; <a href="/x/"><em>it</em></a></p><ol><li>1</li></ol><blockquote>Q</blockquote>'
    );
  });
});
