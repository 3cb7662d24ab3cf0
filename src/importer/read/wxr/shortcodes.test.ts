import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expandShortcodes, shortcodeAttributes, type Attachment } from './shortcodes';

const attachments = new Map<string, Attachment>([
  ['7', { url: 'https://site.example/a.jpg', parent: '1', caption: 'First', alt: 'A' }],
  ['8', { url: 'https://site.example/b.jpg', parent: '1', caption: '', alt: '' }],
]);
const run = (content: string) => {
  const warnings: string[] = [];
  const html = expandShortcodes(content, {
    postId: '1',
    attachments,
    childrenOf: (id) => (id === '1' ? [...attachments.values()] : []),
    warnings,
  });
  return { html, warnings };
};

describe('expandShortcodes', () => {
  const cases: Array<[string, string, string, RegExp?]> = [
    [
      'a caption around a linked picture',
      '[caption id="attachment_7" align="alignleft" width="150"]<a href="x"><img src="a.jpg" alt="A" /></a> Itty-bitty caption.[/caption]',
      '<figure><a href="x"><img src="a.jpg" alt="A" /></a><figcaption>Itty-bitty caption.</figcaption></figure>',
    ],
    [
      'an old caption in its attribute',
      '[caption id="x" caption="Old style"]<img src="a.jpg">[/caption]',
      '<figure><img src="a.jpg"><figcaption>Old style</figcaption></figure>',
    ],
    [
      'a gallery by ids',
      '[gallery ids="8,7"]',
      '<figure><img src="https://site.example/b.jpg" alt=""></figure>\n<figure><img src="https://site.example/a.jpg" alt="A"><figcaption>First</figcaption></figure>',
    ],
    [
      'a gallery of the post’s own attachments',
      'Look:[gallery columns="2"]',
      'Look:<figure><img src="https://site.example/a.jpg" alt="A"><figcaption>First</figcaption></figure>\n<figure><img src="https://site.example/b.jpg" alt=""></figure>',
    ],
    [
      'an embed, reported',
      'Before [embed]https://youtu.be/x[/embed] after',
      'Before  after',
      /\[embed\] https:\/\/youtu\.be\/x/,
    ],
    [
      'an audio player, reported',
      '[audio https://site.example/a.mp3]',
      '',
      /\[audio\] https:\/\/site\.example\/a\.mp3/,
    ],
    ['a self-closing video', '[video src="v.mp4" /]', '', /\[video\] v\.mp4/],
    ['code keeps its text', '[code]if (a < b) {}[/code]', '<pre>if (a &lt; b) {}</pre>'],
    ['an unknown closed shortcode keeps its content', '[pullquote]Said.[/pullquote]', 'Said.', /\[pullquote\]/],
    ['brackets in prose stay', '[Updated] He said [sic] it.', '[Updated] He said [sic] it.'],
    ['the escape for a literal shortcode', 'Type [[gallery]] to show one.', 'Type [gallery] to show one.'],
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

  it('reads attributes in every quoting', () =>
    assert.deepEqual(shortcodeAttributes(` id="a" w='2' h=3 https://x.example/v "quoted"`), {
      id: 'a',
      w: '2',
      h: '3',
      0: 'https://x.example/v',
      1: 'quoted',
    }));
});
