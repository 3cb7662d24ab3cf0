import type { StoryAnswer } from './story-answer';

/**
 * The reference story page as crawlers and link unfurlers see it: the static page
 * (public/story/index.html) with the story's head filled in on the server — title, description,
 * canonical link, Open Graph, Twitter card and the NewsArticle JSON-LD — because none of them runs
 * the page's JavaScript. The script replaces these nodes (data-story-head) when it renders.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON inside <script>: `</script>`, `<!--` and the line separators must not end or break it. */
const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const meta = (attribute: 'name' | 'property', key: string, content: string | undefined | null) =>
  content ? `<meta ${attribute}="${key}" content="${escapeHtml(content)}" data-story-head>` : '';

function withHead(template: string, title: string, head: string[]) {
  const titled = template.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  return titled.replace('</head>', `  ${head.filter(Boolean).join('\n  ')}\n</head>`);
}

export function storyPageHtml(template: string, answer: StoryAnswer, siteName: string): string {
  const { data: story, meta: answerMeta } = answer;
  const ld = answerMeta.jsonLd;
  const image = ld.image?.[0];
  const tags = (story.tags ?? []).map((tag) => tag.name).filter((name): name is string => Boolean(name));
  return withHead(template, story.title, [
    meta('name', 'description', story.excerpt),
    `<link rel="canonical" href="${escapeHtml(ld.url)}" data-story-head>`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', story.title),
    meta('property', 'og:description', story.excerpt),
    meta('property', 'og:url', ld.url),
    meta('property', 'og:image', image),
    meta('property', 'article:published_time', ld.datePublished),
    meta('property', 'article:modified_time', ld.dateModified),
    meta('property', 'article:author', story.author?.name),
    meta('property', 'article:section', story.section?.name),
    ...tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', story.title),
    meta('name', 'twitter:description', story.excerpt),
    meta('name', 'twitter:image', image),
    `<script type="application/ld+json" data-story-head>${scriptSafeJson(ld)}</script>`,
  ]);
}

/** An unknown story is a 404 a crawler can see, with the message already in the page. */
export function storyNotFoundHtml(template: string): string {
  const page = withHead(template, 'Story not found', ['<meta name="robots" content="noindex" data-story-head>']);
  return page.replace(
    /<main class="story" id="story"[^>]*>[\s\S]*?<\/main>/,
    '<main class="story story--message" id="story" data-not-found>' +
      '<h1>Story not found</h1><p class="story__message">No published story has this address.</p></main>'
  );
}
