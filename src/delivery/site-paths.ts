export interface Site {
  publicUrl: string;
  articlePath: string;
  authorPath: string;
  publisherName: string;
}

/** `/articles/:slug` with the slug filled in. */
export const pathFor = (pattern: string, slug: string) => pattern.replace(':slug', encodeURIComponent(slug));

export const absolute = (base: string, path: string) =>
  /^https?:\/\//i.test(path) ? path : `${base}${path.startsWith('/') ? '' : '/'}${path}`;
