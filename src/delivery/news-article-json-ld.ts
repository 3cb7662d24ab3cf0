import { isoDurationFromMinutes } from './iso-duration';
import { absolute, pathFor, type Site } from './site-paths';
import type { StoryView } from './story-view';

/**
 * Google wants an image on every article: the cover, else the first picture of the body, else the
 * site's default (DEFAULT_STORY_IMAGE_URL).
 */
export function storyImage(story: StoryView, site: Site, mediaBaseUrl: string): string | undefined {
  const firstBodyImage = story.body?.find((block) => block.image?.url)?.image?.url;
  const url = story.cover?.url ?? firstBodyImage;
  if (url) return absolute(mediaBaseUrl, url);
  return site.defaultImageUrl ? absolute(site.publicUrl, site.defaultImageUrl) : undefined;
}

/**
 * The schema.org NewsArticle a frontend puts in the page head, built from a
 * published story so search engines and the CMS agree on every fact.
 */
export function newsArticleJsonLd(story: StoryView, site: Site, mediaBaseUrl: string) {
  const pageUrl = absolute(site.publicUrl, pathFor(site.articlePath, story.slug));
  const image = storyImage(story, site, mediaBaseUrl);
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
    ...(image ? { image: [image] } : {}),
    ...(story.section?.name ? { articleSection: story.section.name } : {}),
    ...(story.tags?.length ? { keywords: story.tags.map((tag) => tag.name).filter(Boolean) } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
    url: pageUrl,
    publisher: {
      '@type': 'Organization',
      name: site.publisherName,
      url: site.publicUrl,
      ...(site.publisherLogoUrl
        ? { logo: { '@type': 'ImageObject', url: absolute(site.publicUrl, site.publisherLogoUrl) } }
        : {}),
    },
  };
}
