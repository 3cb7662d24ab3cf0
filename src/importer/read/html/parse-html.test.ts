import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import path from 'path';
import { parseHtmlStory } from './parse-html';
import { parseTextStory } from '../parse-text';
import { parseStory } from '../parse-story';
import type { InlineNode, ParsedStory, StoryBlock, TextNode } from '../../story/parsed-story';

const fixtures = path.join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'import');
const sample = path.join(__dirname, '..', '..', '..', '..', 'data', 'sample', 'kim-jong-un-russia-visit.txt');

const inline = (nodes: InlineNode[]) =>
  nodes
    .map((n) =>
      n.type === 'link'
        ? `[${n.children.map((c) => c.text).join('')}](${n.url})`
        : n.bold
          ? `*${n.text}*`
          : n.italic
            ? `_${n.text}_`
            : n.text
    )
    .join('');

const nodeLine = (node: TextNode): string => {
  switch (node.type) {
    case 'heading':
      return `h${node.level}: ${inline(node.children)}`;
    case 'list':
      return `${node.format === 'ordered' ? 'ol' : 'ul'}: ${node.children.map((item) => (item.type === 'list-item' ? inline(item.children) : '(nested)')).join(' / ')}`;
    case 'code':
      return `code: ${node.children.map((c) => c.text).join('')}`;
    default:
      return `${node.type === 'quote' ? 'quote' : 'p'}: ${inline(node.children)}`;
  }
};

/** Blocks as short strings, so a table row shows the whole story at a glance. */
const outline = (blocks: StoryBlock[]) =>
  blocks.flatMap((block) => {
    if (block.kind === 'read-also') return [`read-also: ${block.title}${block.url ? ` <${block.url}>` : ''}`];
    if (block.kind === 'image')
      return [
        `image: ${block.src}${block.caption ? ` | ${block.caption}` : ''}${block.credit ? ` | © ${block.credit}` : ''}`,
      ];
    return block.nodes.map(nodeLine);
  });

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const prose = (n: number) =>
  `<p>Paragraph ${n} carries enough words to read as story text rather than as a caption.</p>`;

// Long enough for Readability's first pass to keep what it found (a short page is parsed again, from a copy).
const datelinePage = (opening: string) =>
  page(
    `<nav><a href="/">Home</a></nav><article><h1>Gunmen Attack a Bus</h1><div class="story">${opening}
      ${[1, 2, 3, 4, 5, 6, 7].map(prose).join('')}</div></article>`
  );
const datelineOutline = [
  'p: CAIRO — Gunmen opened fire on a bus carrying pilgrims on Friday, officials said.',
  ...[1, 2, 3, 4, 5, 6, 7].map(
    (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
  ),
];

const cases: Array<{
  name: string;
  html: string | Buffer;
  title: string;
  outline: string[];
  format?: ParsedStory['format'];
  author?: ParsedStory['author'];
  summary?: string;
  warnings?: RegExp[];
}> = [
  {
    name: 'a clean article: h1, paragraphs, h2/h3, a Read Also paragraph, an author box',
    html: page(`<h1>The Headline</h1><p>One.</p><h2>A Section</h2><p>Two.</p><h3>A Smaller One</h3>
      <p>Read Also: <a href="/news/other">The Other Story</a></p><p>Three.</p>
      <div class="author-box"><h3>About the author</h3><h4>Jane Doe</h4><p>Jane covers Korea.</p></div>`),
    title: 'The Headline',
    format: 'html',
    outline: ['p: One.', 'h2: A Section', 'p: Two.', 'h3: A Smaller One', 'read-also: The Other Story', 'p: Three.'],
    author: { name: 'Jane Doe', bio: 'Jane covers Korea.' },
  },
  {
    name: 'a Read Also link with an absolute URL keeps it; a label in bold counts',
    html: page(
      `<h1>T</h1><p>One.</p><p><strong>READ ALSO</strong> <a href="https://example.org/a?x=1">Far Away Story</a></p>`
    ),
    title: 'T',
    outline: ['p: One.', 'read-also: Far Away Story <https://example.org/a?x=1>'],
  },
  {
    name: 'a Read Also line without a link, and a paragraph that only mentions reading',
    html: page(`<h1>T</h1><p>Read also: A Story Named In Text</p><p>Read also the footnotes, she said.</p>`),
    title: 'T',
    outline: ['read-also: A Story Named In Text', 'p: Read also the footnotes, she said.'],
  },
  {
    name: 'a lone "Read more" list item is a Read Also block; one among other items stays in its list',
    html: page(
      `<h1>T</h1><ul><li>Read more: <a href="https://x.example/a">Story A Elsewhere</a></li></ul><ul><li>First point</li><li>Read more: the appendix</li></ul>`
    ),
    title: 'T',
    outline: ['read-also: Story A Elsewhere <https://x.example/a>', 'ul: First point / Read more: the appendix'],
  },
  {
    name: 'inline emphasis and links keep their spaces; script links lose the link, not the words',
    html: page(`<h1>T</h1><p>
        A <b>bold</b> move, an <em>italic   aside</em>,<br>a <a href="https://example.org/x">link</a> and
        <a href="javascript:alert(1)">no link</a>.</p>`),
    title: 'T',
    outline: ['p: A *bold* move, an _italic aside_,\na [link](https://example.org/x) and no link.'],
  },
  {
    name: 'a byline paragraph becomes the author, not text',
    html: page(`<article><h1>T</h1><p class="byline">By Jane Doe, Seoul Correspondent</p><p>Body.</p></article>`),
    title: 'T',
    outline: ['p: Body.'],
    author: { name: 'Jane Doe', jobTitle: 'Seoul Correspondent' },
  },
  {
    name: 'lists, quotes, code and a table',
    html: page(`<h1>T</h1><ul><li>one</li><li>two<ol><li>two a</li></ol></li></ul><blockquote><p>Said one.</p><p>Said two.</p></blockquote>
      <pre>let x = 1;\n  x++;</pre><table><tr><th>City</th><th>Riders</th></tr><tr><td>Seoul</td><td>200,000</td></tr></table>`),
    title: 'T',
    outline: [
      'ul: one / two / (nested)',
      'quote: Said one.\nSaid two.',
      'code: let x = 1;\n  x++;',
      'p: City | Riders',
      'p: Seoul | 200,000',
    ],
    warnings: [/table/],
  },
  {
    name: 'a picture with its caption and credit, in a figure; a tracking pixel is not a picture',
    html: page(`<h1>T</h1><p>One.</p><figure><img src="photos/a.jpg" alt="Alt text"><figcaption>Kim waves goodbye in Artyom. (AP Photo/Ahn Young-joon)</figcaption></figure>
      <img src="https://track.example/p.gif" width="1" height="1"><p>Two.</p>`),
    title: 'T',
    outline: ['p: One.', 'image: photos/a.jpg | Kim waves goodbye in Artyom. | © AP Photo/Ahn Young-joon', 'p: Two.'],
  },
  {
    name: 'a lazy-loaded picture gives its real source',
    html: page(
      `<h1>T</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.example/big.jpg"><figcaption>Caption <span class="credit">Reuters</span></figcaption></figure>`
    ),
    title: 'T',
    outline: ['image: https://cdn.example/big.jpg | Caption | © Reuters'],
    warnings: [/no body text/],
  },
  {
    name: 'legacy encoding from the meta charset (windows-1252)',
    html: Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body><h1>Caf', 'latin1'),
      Buffer.from([0xe9, 0x20, 0x93, 0x4f, 0x70, 0x65, 0x6e, 0x94]),
      Buffer.from('</h1><p>Na', 'latin1'),
      Buffer.from([0xef, 0x76, 0x65, 0x20, 0x96, 0x20, 0x73, 0x75, 0x72, 0x65, 0x2e]),
      Buffer.from('</p></body></html>', 'latin1'),
    ]),
    title: 'Café “Open”',
    outline: ['p: Naïve – sure.'],
  },
  {
    name: 'a whole page: headline from the article, byline and description from meta tags, chrome gone',
    html: page(
      `<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
       <main><article><h1>Ferry Service Resumes After Storm</h1>${prose(1)}${prose(2)}
         <div class="share-tools"><button>Share</button></div>${prose(3)}${prose(4)}${prose(5)}</article>
       <section class="comments"><p>First comment: what a great piece of reporting this is, thank you.</p></section></main>
       <footer><p>© The Coast Paper. All rights reserved, everywhere, forever and always.</p></footer>`,
      `<meta name="author" content="Ann Poe"><meta name="description" content="Boats are back."><link rel="canonical" href="https://coast.example/ferry">`
    ),
    title: 'Ferry Service Resumes After Storm',
    format: 'html-page',
    outline: [1, 2, 3, 4, 5].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'Ann Poe' },
    summary: 'Boats are back.',
  },
  {
    name: 'JSON-LD authors win over the meta tag, and every author past the first is reported',
    html: page(
      `<nav><a href="/">Home</a></nav><article><h1>Two Bylines</h1>${prose(1)}${prose(2)}${prose(3)}</article>`,
      `<meta name="author" content="Someone Else"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Two Bylines","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}</script>`
    ),
    title: 'Two Bylines',
    outline: [1, 2, 3].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'Jane Doe' },
    warnings: [/2 authors \(Jane Doe, John Roe\)/],
  },
  {
    name: 'a related-story box between paragraphs becomes Read Also blocks in place; a sidebar box does not',
    html: page(
      `<nav><a href="/">Home</a></nav><article><h1>Middle Box</h1>${prose(1)}${prose(2)}
        <aside class="related-links"><h4>Related</h4><ul><li><a href="https://paper.example/one">The First Related Story</a></li>
          <li><a href="/two"><span class="kicker">World</span><h3 class="title">The Second Related Story</h3></a></li></ul></aside>
        ${prose(3)}${prose(4)}</article>
       <aside class="related-sidebar"><ul><li><a href="/x">A Story From The Sidebar Box</a></li></ul></aside>`,
      `<link rel="canonical" href="https://paper.example/news/middle-box">`
    ),
    title: 'Middle Box',
    outline: [
      'p: Paragraph 1 carries enough words to read as story text rather than as a caption.',
      'p: Paragraph 2 carries enough words to read as story text rather than as a caption.',
      'read-also: The First Related Story <https://paper.example/one>',
      'read-also: The Second Related Story <https://paper.example/two>',
      'p: Paragraph 3 carries enough words to read as story text rather than as a caption.',
      'p: Paragraph 4 carries enough words to read as story text rather than as a caption.',
    ],
  },
  {
    name: 'a whole page: a site-logo h1 is not the headline, and <title> decorations are cut',
    html: page(
      `<header><nav><a href="/">Home</a></nav><h1><a href="/">Salon</a></h1></header>
       <div class="articleInner"><h1>The Sharing Economy Is a Lie</h1>${prose(1)}${prose(2)}${prose(3)}</div>`,
      `<title>The Sharing Economy Is a Lie @ Tech Blog :: Salon ::</title>`
    ),
    title: 'The Sharing Economy Is a Lie',
    outline: [1, 2, 3].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
  },
  {
    name: 'a whole page: the dateline opening the first paragraph stays',
    html: datelinePage(
      `<p><span class="dateline">CAIRO —</span> Gunmen opened fire on a bus carrying pilgrims on Friday, officials said.</p>`
    ),
    title: 'Gunmen Attack a Bus',
    outline: datelineOutline,
  },
  {
    name: 'a whole page: a dateline standing before its paragraph joins it',
    html: datelinePage(
      `<span class="dateline">CAIRO —</span><p>Gunmen opened fire on a bus carrying pilgrims on Friday, officials said.</p>`
    ),
    title: 'Gunmen Attack a Bus',
    outline: datelineOutline,
  },
  {
    name: 'a whole page: a plain "By" line between the headline and the story is the byline',
    html: page(
      `<nav><a href="/">Home</a></nav><div class="top"><h1>Ferry Service Resumes</h1><div><span>By Jane Doe</span></div></div>
       <div class="content">${prose(1)}${prose(2)}${prose(3)}</div>`
    ),
    title: 'Ferry Service Resumes',
    outline: [1, 2, 3].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'Jane Doe' },
  },
  {
    name: 'a whole page: the byline of a related-story box before the story is another story’s',
    html: page(
      `<nav><a href="/">Home</a></nav>
       <ul class="most-read"><li><article><a href="/other">The Other Story Everyone Reads</a> <span class="byline">John Roe</span></article></li></ul>
       <article><h1>Ferry Service Resumes</h1><span class="byline">By Jane Doe</span>${prose(1)}${prose(2)}${prose(3)}</article>`
    ),
    title: 'Ferry Service Resumes',
    outline: [1, 2, 3].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'Jane Doe' },
  },
  {
    name: 'a whole page: a desk’s byline is the author',
    html: page(
      `<nav><a href="/">Home</a></nav><article><h1>Ferry Service Resumes</h1><p class="byline">By the Associated Press</p>${prose(1)}${prose(2)}</article>`
    ),
    title: 'Ferry Service Resumes',
    outline: [1, 2].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'The Associated Press' },
  },
  {
    name: 'a whole page: a link inside a sentence stays, whatever its class says',
    html: page(
      `<nav><a href="/">Home</a></nav><article><h1>Brains at Work</h1>${prose(1)}
        <p>With time and advances in <a class="keywords" href="https://news.example/neuroscience">neuroscience</a>, it became clear.</p>${prose(2)}</article>`
    ),
    title: 'Brains at Work',
    outline: [
      'p: Paragraph 1 carries enough words to read as story text rather than as a caption.',
      'p: With time and advances in [neuroscience](https://news.example/neuroscience), it became clear.',
      'p: Paragraph 2 carries enough words to read as story text rather than as a caption.',
    ],
  },
  {
    name: 'a byline strip found by its class (name, date, share buttons) is not an author box',
    html: page(
      `<nav><a href="/">Home</a></nav><article><h1>Mario Runs</h1>
        <div class="authorinfo-bsb"><div class="sourcename-txt"><a href="https://ti.example">Tech Insider</a></div>
          <span itemprop="author"><span itemprop="name">Alex Perry</span></span> <time>1 day ago</time> <span>SHARE</span> <span>TWEET</span></div>
        ${prose(1)}${prose(2)}</article>`
    ),
    title: 'Mario Runs',
    outline: [1, 2].map(
      (n) => `p: Paragraph ${n} carries enough words to read as story text rather than as a caption.`
    ),
    author: { name: 'Alex Perry' },
  },
  {
    name: 'an embedded video is reported, not silently lost',
    html: page(`<h1>T</h1><p>One.</p><iframe src="https://video.example/embed/1"></iframe><p>Two.</p>`),
    title: 'T',
    outline: ['p: One.', 'p: Two.'],
    warnings: [/embedded iframe https:\/\/video\.example\/embed\/1/],
  },
];

for (const c of cases) {
  test(`parseHtmlStory: ${c.name}`, () => {
    const story = parseHtmlStory(typeof c.html === 'string' ? Buffer.from(c.html) : c.html);
    assert.equal(story.title, c.title);
    assert.deepEqual(outline(story.blocks), c.outline);
    if (c.format) assert.equal(story.format, c.format);
    if (c.author) assert.deepEqual(story.author, c.author);
    if (c.summary) assert.equal(story.summary, c.summary);
    for (const warning of c.warnings ?? [])
      assert.ok(
        story.warnings.some((w) => warning.test(w)),
        `warning ${warning} in ${JSON.stringify(story.warnings)}`
      );
    if (!c.warnings) assert.deepEqual(story.warnings, []);
  });
}

test('parseHtmlStory rejects a page with no headline at all', () => {
  assert.throws(
    () => parseHtmlStory(Buffer.from('<html><body><p>Just a line.</p></body></html>')),
    (error: Error) => error.name === 'StoryError' && /no headline/.test(error.message)
  );
});

test('parseHtmlStory: the HTML version of the sample story says what the text version says', () => {
  const html = parseHtmlStory(fs.readFileSync(path.join(fixtures, 'kim-jong-un-russia-visit.html')));
  const text = parseTextStory(fs.readFileSync(sample, 'utf8'));
  assert.equal(html.title, text.title);
  assert.deepEqual(
    outline(html.blocks).map((line) => line.replace(/ <https:[^>]+>$/, '')),
    outline(text.blocks)
  );
  assert.deepEqual(html.author, text.author);
  const readAlso = html.blocks.filter((block) => block.kind === 'read-also');
  assert.deepEqual(
    readAlso.map((block) => block.url),
    [undefined, 'https://example.org/world/alien-bodies-mexico'],
    'a site path with no site to resolve it against is dropped; an absolute URL is kept'
  );
});

test('parseHtmlStory: a saved news page (Seoul subway) reduced to its story', () => {
  const story = parseHtmlStory(fs.readFileSync(path.join(fixtures, 'pages', 'seoul-subway.html')));
  assert.equal(story.format, 'html-page');
  assert.equal(story.title, 'Seoul Opens Its First Driverless Subway Line to Commuters');
  assert.deepEqual(story.author, { name: 'Min-ji Park' });
  assert.equal(
    story.canonicalUrl,
    'https://www.dailyledger.example/world/asia/2023/09/18/seoul-driverless-subway-line'
  );
  const lines = outline(story.blocks);
  assert.equal(
    lines[0],
    'image: seoul-subway_files/platform.png | Commuters wait for the first train at Sinsa station on Monday. | © Photo: Lee Jae-won / Daily Ledger'
  );
  assert.deepEqual(
    lines.filter((line) => /^(read-also|h\d|quote|ul)/.test(line)),
    [
      'read-also: Busan Tests Self-Driving Trams on Its Waterfront Line <https://www.dailyledger.example/world/asia/2023/06/01/busan-tram-automation>',
      'read-also: Tokyo Plans Automatic Trains for the Yamanote Line by 2028 <https://www.otherpaper.example/2023/08/tokyo-yamanote-automation>',
      'h2: A Line Built Under the River',
      'quote: “We waited ten years for this line. Today it took me eleven minutes to get to work.”',
      'ul: Opening hours: 5:30 a.m. to midnight / Trains every 90 seconds at rush hour',
    ]
  );
  assert.ok(
    lines.includes(
      'p: *SEOUL* — Seoul opened its first fully driverless subway line on Monday, a 14-station link between Gangnam and the new Sinsa business district that city officials say will carry 200,000 riders a day once the morning rush settles in.'
    )
  );
  assert.ok(
    lines.some((line) =>
      line.includes(
        '[a report published in March](https://www.dailyledger.example/tech/2023/03/02/seoul-subway-automation-tests)'
      )
    ),
    'in-story links resolve against the page address'
  );
  assert.ok(
    lines.some(
      (line) =>
        line.includes('서울시는 “안전이 최우선”이라며') && line.includes('(欢迎乘坐)') && line.includes('(ようこそ)')
    )
  );
  const all = lines.join('\n');
  for (const chrome of [
    'Subscribe',
    'Advertisement',
    'Share on',
    'Most Read',
    'Comments',
    'transitfan88',
    'Asia Briefing',
    'All rights reserved',
    'Skip to content',
  ]) {
    assert.ok(!all.includes(chrome), `"${chrome}" is page chrome, not story`);
  }
  assert.equal(
    lines.at(-1),
    'p: The city plans two more driverless lines by 2030, pending a budget vote in the city council in November.'
  );
});

test('parseHtmlStory: a wire-style page (Arctic shipping) with div paragraphs, lazy pictures and an author bio box', () => {
  const story = parseHtmlStory(fs.readFileSync(path.join(fixtures, 'pages', 'arctic-shipping.html')));
  assert.equal(story.title, 'Arctic shipping route opens weeks early as sea ice shrinks');
  assert.equal(story.author?.name, 'Anna Kowalski');
  assert.equal(
    story.author?.bio,
    'Anna Kowalski covers climate science from London. She previously reported from Warsaw and Kyiv.'
  );
  const lines = outline(story.blocks);
  assert.equal(
    lines[0],
    'image: https://images.worldwire.example/976/cpsprodpb/ice-breaker.jpg | An icebreaker leads a tanker through the Laptev Sea | © Reuters'
  );
  assert.ok(lines.some((line) => line.includes('«Лёд уходит быстрее, чем мы успеваем считать».')));
  assert.ok(
    lines.includes(
      'read-also: Seoul Opens Its First Driverless Subway Line to Commuters <https://www.dailyledger.example/world/asia/2023/09/18/seoul-driverless-subway-line>'
    )
  );
  assert.ok(
    lines.includes(
      "read-also: Greenland's Ice Sheet Lost Record Mass in July <https://worldwire.example/news/world-66000002>"
    )
  );
  assert.ok(lines.includes('h2: Who Uses the Route'));
  assert.ok(
    !lines.some((line) => /Polar bears|nuclear icebreakers|Topics|Copyright/.test(line)),
    'related links outside the story are not Read Also blocks'
  );
  assert.ok(story.warnings.some((w) => /embedded video/.test(w)));
  assert.ok(story.warnings.some((w) => /placeholder/.test(w)));
});

test('parseStory: a saved page after a UTF-8 byte-order mark is a page, not a text story headed "<!DOCTYPE html>"', () => {
  const html = page(
    `<nav><a href="/">Home</a></nav><article><h1>Ferry Service Resumes</h1>${prose(1)}${prose(2)}</article>`
  );
  const story = parseStory(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]));
  assert.equal(story.format, 'html-page');
  assert.equal(story.title, 'Ferry Service Resumes');
});

test('parseHtmlStory: a dateline is never taken for the author', () => {
  const story = parseHtmlStory(
    Buffer.from(
      datelinePage(
        `<p><span class="dateline">CAIRO —</span> Gunmen opened fire on a bus carrying pilgrims on Friday, officials said.</p>`
      )
    )
  );
  assert.equal(story.author, undefined);
});
