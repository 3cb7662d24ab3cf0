import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyHtml, type BodyBlock } from './story-html';

const BASE = 'https://cms.example.org';
const text = (content: BodyBlock['content']): BodyBlock => ({ __component: 'article.text', content });
const p = (...children: object[]) => ({ type: 'paragraph', children }) as never;

describe('storyHtml', () => {
  const cases: { name: string; body: BodyBlock[]; html: string }[] = [
    { name: 'nothing', body: [], html: '' },
    {
      name: 'paragraphs with marks, escaped',
      body: [text([p({ type: 'text', text: 'Kim <b> & "Putin"', bold: true }, { type: 'text', text: ' met.' })])],
      html: '<p><strong>Kim &lt;b&gt; &amp; &quot;Putin&quot;</strong> met.</p>',
    },
    {
      name: 'headings, quotes and lists',
      body: [
        text([
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'Background' }] } as never,
          { type: 'quote', children: [{ type: 'text', text: 'We agreed.' }] } as never,
          {
            type: 'list',
            format: 'ordered',
            children: [
              { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
              { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
            ],
          } as never,
        ]),
      ],
      html: '<h2>Background</h2><blockquote><p>We agreed.</p></blockquote><ol><li>one</li><li>two</li></ol>',
    },
    {
      name: 'links: web links kept, script links dropped to their text, relative made absolute',
      body: [
        text([
          p(
            { type: 'link', url: 'https://example.org/a?x=1&y=2', children: [{ type: 'text', text: 'web' }] },
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'script' }] },
            { type: 'link', url: '/articles/other', children: [{ type: 'text', text: 'ours' }] }
          ),
        ]),
      ],
      html:
        '<p><a href="https://example.org/a?x=1&amp;y=2">web</a>script' +
        '<a href="https://cms.example.org/articles/other">ours</a></p>',
    },
    {
      name: 'a picture with caption and credit, its URL made absolute',
      body: [
        {
          __component: 'article.image',
          image: { url: '/uploads/kim.jpg', alternativeText: null },
          caption: 'Kim & Putin',
          credit: 'Reuters',
        },
      ],
      html:
        '<figure><img src="https://cms.example.org/uploads/kim.jpg" alt="Kim &amp; Putin">' +
        '<figcaption>Kim &amp; Putin — Reuters</figcaption></figure>',
    },
    {
      name: 'a picture block without a file shows nothing',
      body: [{ __component: 'article.image', image: null, caption: 'lost' }],
      html: '',
    },
    {
      name: 'Read Also, with and without somewhere to go',
      body: [
        {
          __component: 'article.read-also',
          link: { title: 'Earlier <story>', href: 'https://site.example/articles/e' },
        },
        { __component: 'article.read-also', link: { title: 'Not yet published', href: null } },
      ],
      html:
        '<p class="read-also">Read also: <a href="https://site.example/articles/e">Earlier &lt;story&gt;</a></p>\n' +
        '<p class="read-also">Read also: Not yet published</p>',
    },
    { name: 'an unknown block shows nothing', body: [{ __component: 'article.embed' }], html: '' },
  ];
  for (const { name, body, html } of cases) it(name, () => assert.equal(storyHtml(body, BASE), html));
});
