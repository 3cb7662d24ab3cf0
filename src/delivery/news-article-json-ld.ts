import { isoDurationFromMinutes } from './iso-duration';
import { absolute, pathFor, type Site } from './site-paths';
import type { StoryView } from './story-view';

/**
 * The schema.org NewsArticle a frontend puts in the page head, built from a
 * published story so search engines and the CMS agree on every fact.
 */
export function newsArticleJsonLd(story: StoryView, site: Site, mediaBaseUrl: string) {
  const pageUrl = absolute(site.publicUrl, pathFor(site.articlePath, story.slug));
  const cover = story.cover?.url ? absolute(mediaBaseUrl, story.cover.url) : undefined;
  const author = story.author
    ? {
        '@type': 'Person',
        name: story.author.name,
        ...(story.author.slug ? { url: absolute(site.publicUrl, pathFor(site.authorPath, story.author.slug)) } : {}),
        ...(story.author.jobTitle ? { jobTitle: story.author.jobTitle } : {}),
      }
    : undefined;

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    ...(story.excerpt ? { description: story.excerpt } : {}),
    datePublished: story.firstPublishedAt ?? story.publishedAt,
    dateModified: story.updatedAt ?? story.publishedAt,
    ...(author ? { author: [author] } : {}),
    ...(typeof story.wordCount === 'number' ? { wordCount: story.wordCount } : {}),
    ...(typeof story.readingTime === 'number' ? { timeRequired: isoDurationFromMinutes(story.readingTime) } : {}),
    ...(cover ? { image: [cover] } : {}),
    ...(story.section?.name ? { articleSection: story.section.name } : {}),
    ...(story.tags?.length ? { keywords: story.tags.map((tag) => tag.name).filter(Boolean) } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
    url: pageUrl,
    publisher: { '@type': 'Organization', name: site.publisherName },
  };
}
