import type { Core } from '@strapi/strapi';
/**
 * The public website that renders the stories: JSON-LD and "Read Also"
 * links point there, not at the CMS.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  publicUrl: env('PUBLIC_URL', 'http://localhost:1337').replace(/\/+$/, ''),
  articlePath: env('PUBLIC_ARTICLE_PATH', '/articles/:slug'),
  authorPath: env('PUBLIC_AUTHOR_PATH', '/authors/:slug'),
  sectionPath: env('PUBLIC_SECTION_PATH', '/sections/:slug'),
  /** the Google News sitemap's publication language (ISO 639) */
  publicationLanguage: env('PUBLICATION_LANGUAGE', 'en'),
  publisherName: env('PUBLISHER_NAME', 'Newsroom'),
  publisherLogoUrl: env('PUBLISHER_LOGO_URL', '/story/publisher-logo.png'),
  defaultImageUrl: env('DEFAULT_STORY_IMAGE_URL', '/story/default-story-image.png'),
  cacheMaxAge: env.int('CACHE_MAX_AGE', 60),
  cacheStaleWhileRevalidate: env.int('CACHE_STALE_WHILE_REVALIDATE', 300),
});
