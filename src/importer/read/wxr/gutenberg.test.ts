import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasBlocks, unwrapBlocks } from './gutenberg';

const run = (content: string) => {
  const warnings: string[] = [];
  return { html: unwrapBlocks(content, warnings).trim(), warnings };
};

describe('unwrapBlocks', () => {
  const cases: Array<[string, string, string, RegExp?]> = [
    ['a paragraph', '<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->', '<p>Text</p>'],
    [
      'a heading with attributes',
      '<!-- wp:heading {"level":3} --><h3 class="wp-block-heading">H</h3><!-- /wp:heading -->',
      '<h3 class="wp-block-heading">H</h3>',
    ],
    [
      'nested list items',
      '<!-- wp:list --><ul><!-- wp:list-item --><li>a</li><!-- /wp:list-item --></ul><!-- /wp:list -->',
      '<ul><li>a</li></ul>',
    ],
    [
      'an image with its caption',
      '<!-- wp:core/image {"id":3} --><figure><img src="a.jpg"/><figcaption>C</figcaption></figure><!-- /wp:core/image -->',
      '<figure><img src="a.jpg"/><figcaption>C</figcaption></figure>',
    ],
    [
      'an embed becomes a link, reported',
      '<!-- wp:embed {"url":"https://x.example/v","providerNameSlug":"x"} --><figure><div>\nhttps://x.example/v\n</div></figure><!-- /wp:embed -->',
      '<p><a href="https://x.example/v">https://x.example/v</a></p>',
      /embedded embed \(x\) https:\/\/x\.example\/v/,
    ],
    [
      'an old core-embed block',
      '<!-- wp:core-embed/youtube {"url":"https://youtu.be/a"} --><figure>https://youtu.be/a</figure><!-- /wp:core-embed/youtube -->',
      '<p><a href="https://youtu.be/a">https://youtu.be/a</a></p>',
      /core-embed\/youtube/,
    ],
    ['a dynamic block, reported', '<!-- wp:latest-posts {"postsToShow":3} /-->', '', /latest-posts block/],
    ['a reusable block, reported with its id', '<!-- wp:block {"ref":12} /-->', '', /wp:block|block 12/],
    ['more and separators go quietly', '<!-- wp:more --><!--more--><!-- /wp:more -->', '<!--more-->'],
  ];
  for (const [name, input, expected, warning] of cases) {
    it(name, () => {
      const { html, warnings } = run(input);
      assert.equal(html, expected);
      if (warning)
        assert.ok(
          warnings.some((w) => warning.test(w)),
          warnings.join('; ')
        );
      else assert.deepEqual(warnings, []);
    });
  }
  it('tells block content from classic', () => {
    assert.equal(hasBlocks('<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->'), true);
    assert.equal(hasBlocks('Plain text\n\n<!--more-->\n\nMore'), false);
  });
});
