export interface Site {
  publicUrl: string;
  articlePath: string;
  authorPath: string;
  publisherName: string;
  /** the publisher's logo in JSON-LD (PUBLISHER_LOGO_URL), absolute or a path on publicUrl */
  publisherLogoUrl?: string;
  /** a story's image when it has no picture of its own (DEFAULT_STORY_IMAGE_URL) */
  defaultImageUrl?: string;
}

/** `/articles/:slug` with the slug filled in. */
export const pathFor = (pattern: string, slug: string) => pattern.replace(':slug', encodeURIComponent(slug));

export const absolute = (base: string, path: string) =>
  /^https?:\/\//i.test(path) ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
