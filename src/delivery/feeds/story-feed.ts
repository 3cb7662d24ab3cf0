import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';

/**
 * A list of stories as RSS 2.0, Atom 1.0 and JSON Feed 1.1, written by feedsmith (which escapes,
 * dates and namespaces them as each format wants). Pure: the stories come in already shaped.
 */
export interface FeedStory {
  id: string;
  url: string;
  title: string;
  excerpt?: string | null;
  html: string;
  author?: string | null;
  published: Date;
  updated: Date;
  categories: string[];
  image?: string | null;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** the website page the feed follows (the front page, a section's page…) */
  link: string;
  /** where this feed lives, per format */
  self: { rss: string; atom: string; json: string };
  language?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

export function renderFeed(format: FeedFormat, channel: FeedChannel, stories: FeedStory[]): string {
  const updated = stories.reduce((latest, story) => (story.updated > latest ? story.updated : latest), new Date(0));
  if (format === 'rss') {
    return generateRssFeed({
      title: channel.title,
      link: channel.link,
      description: channel.description,
      language: channel.language,
      lastBuildDate: stories.length ? updated : undefined,
      atom: { links: [{ href: channel.self.rss, rel: 'self', type: 'application/rss+xml' }] },
      items: stories.map((story) => ({
        title: story.title,
        link: story.url,
        guid: { value: story.url, isPermaLink: true },
        description: story.excerpt ?? undefined,
        pubDate: story.published,
        categories: story.categories.map((name) => ({ name })),
        dc: story.author ? { creators: [story.author] } : undefined,
        content: { encoded: story.html },
      })),
    });
  }
  if (format === 'atom') {
    return generateAtomFeed({
      id: channel.self.atom,
      title: { value: channel.title },
      subtitle: { value: channel.description },
      updated: stories.length ? updated : new Date(0),
      links: [
        { href: channel.self.atom, rel: 'self', type: 'application/atom+xml' },
        { href: channel.link, rel: 'alternate', type: 'text/html' },
      ],
      entries: stories.map((story) => ({
        id: story.url,
        title: { value: story.title },
        updated: story.updated,
        published: story.published,
        links: [{ href: story.url, rel: 'alternate', type: 'text/html' }],
        authors: story.author ? [{ name: story.author }] : undefined,
        summary: story.excerpt ? { value: story.excerpt } : undefined,
        content: { value: story.html, type: 'html' },
        categories: story.categories.map((term) => ({ term })),
      })),
    });
  }
  return JSON.stringify(
    generateJsonFeed({
      title: channel.title,
      description: channel.description,
      home_page_url: channel.link,
      feed_url: channel.self.json,
      language: channel.language,
      items: stories.map((story) => ({
        id: story.url,
        url: story.url,
        title: story.title,
        summary: story.excerpt ?? undefined,
        content_html: story.html,
        image: story.image ?? undefined,
        date_published: story.published,
        date_modified: story.updated,
        authors: story.author ? [{ name: story.author }] : undefined,
        tags: story.categories.length ? story.categories : undefined,
      })),
    })
  );
}
