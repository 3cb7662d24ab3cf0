import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyText } from './story-text';

const text = (t: string) => ({ type: 'text', text: t });

describe('story text for search', () => {
  const cases: [string, unknown, string][] = [
    ['nothing', undefined, ''],
    [
      'paragraphs and headings, one line each',
      [
        {
          __component: 'article.text',
          content: [
            { type: 'heading', level: 2, children: [text('Growing')] },
            {
              type: 'paragraph',
              children: [text('Kim '), { type: 'link', url: 'x', children: [text('met')] }, text(' Putin.')],
            },
          ],
        },
      ],
      'Growing\nKim met Putin.',
    ],
    [
      'lists',
      [
        {
          __component: 'article.text',
          content: [
            {
              type: 'list',
              children: [
                { type: 'list-item', children: [text('one')] },
                { type: 'list-item', children: [text('two')] },
              ],
            },
          ],
        },
      ],
      'one\ntwo',
    ],
    [
      'Read Also and images are not the story’s words',
      [
        { __component: 'article.read-also', link: { title: 'Other' } },
        { __component: 'article.image', caption: 'Cap' },
      ],
      '',
    ],
  ];
  for (const [name, body, expected] of cases) it(name, () => assert.equal(bodyText(body), expected));
});
