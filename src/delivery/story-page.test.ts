import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyNotFoundHtml, storyPageHtml } from './story-page';
import type { StoryAnswer } from './story-answer';

const TEMPLATE = `<!doctype html>
<html lang="en">
<head>
  <title>Newsroom</title>
</head>
<body>
  <main class="story" id="story" aria-busy="true">
    <p class="story__message" id="story-message">Loading the story…</p>
  </main>
</body>
</html>`;

const answer = (title: string, excerpt: string | null, image?: string): StoryAnswer =>
  ({
    data: {
      documentId: 'd1',
      slug: 's',
      title,
      excerpt,
      tags: [{ name: 'Russia' }, { name: 'Asia' }],
      section: { name: 'World' },
    },
    meta: {
      jsonLd: {
        '@type': 'NewsArticle',
        headline: title,
        url: 'https://news.example.org/articles/s',
        datePublished: '2024-06-19T10:00:00.000Z',
        dateModified: '2024-06-20T10:00:00.000Z',
        ...(image ? { image: [image] } : {}),
      },
    },
  }) as unknown as StoryAnswer;

const headOf = (html: string) => html.slice(html.indexOf('<head>'), html.indexOf('</head>'));

describe('storyPageHtml: the head crawlers read', () => {
  const page = storyPageHtml(
    TEMPLATE,
    answer('Kim & "Putin" <meet>', 'They met.', 'https://cms.example.org/c.jpg'),
    'The Example'
  );
  const cases: [string, RegExp][] = [
    ['the title, escaped', /<title>Kim &amp; &quot;Putin&quot; &lt;meet&gt;<\/title>/],
    ['the description', /<meta name="description" content="They met\."/],
    ['the canonical link', /<link rel="canonical" href="https:\/\/news\.example\.org\/articles\/s"/],
    ['og:type article', /<meta property="og:type" content="article"/],
    ['og:title', /<meta property="og:title" content="Kim &amp; &quot;Putin&quot; &lt;meet&gt;"/],
    ['og:image', /<meta property="og:image" content="https:\/\/cms\.example\.org\/c\.jpg"/],
    ['og:site_name', /<meta property="og:site_name" content="The Example"/],
    ['the section', /<meta property="article:section" content="World"/],
    ['each tag', /content="Russia"[\s\S]*content="Asia"/],
    ['a large Twitter card when there is an image', /<meta name="twitter:card" content="summary_large_image"/],
    ['the JSON-LD', /<script type="application\/ld\+json" data-story-head>\{"@type":"NewsArticle"/],
  ];
  for (const [name, pattern] of cases) it(name, () => assert.match(headOf(page), pattern));

  it('JSON-LD cannot close its script element', () => {
    const hostile = storyPageHtml(TEMPLATE, answer('</script><script>alert(1)</script>', null), 'X');
    const ld = /<script type="application\/ld\+json" data-story-head>([\s\S]*?)<\/script>/.exec(hostile)?.[1] ?? '';
    assert.doesNotMatch(ld, /<\/script/i);
    assert.equal((JSON.parse(ld) as { headline: string }).headline, '</script><script>alert(1)</script>');
  });

  it('no description tags and a small card when the story has no excerpt and no image', () => {
    const plain = storyPageHtml(TEMPLATE, answer('Plain', null), 'X');
    assert.doesNotMatch(plain, /name="description"|og:description|og:image/);
    assert.match(plain, /<meta name="twitter:card" content="summary"/);
  });
});

describe('storyNotFoundHtml', () => {
  const page = storyNotFoundHtml(TEMPLATE);
  it('says so in the page and keeps crawlers out', () => {
    assert.match(page, /<h1>Story not found<\/h1>/);
    assert.match(page, /<meta name="robots" content="noindex"/);
    assert.doesNotMatch(page, /Loading the story/);
  });
});
