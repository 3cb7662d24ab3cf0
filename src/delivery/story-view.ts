/**
 * A published story as the by-slug answer holds it — sanitized and populated — as far as
 * delivery reads it. Not Strapi's generated document type: sanitizing drops private fields and
 * population adds relations, so the answer is a shape of its own.
 */
export interface MediaView {
  documentId?: string;
  url?: string;
}

export interface AuthorView {
  documentId?: string;
  name?: string;
  slug?: string;
  jobTitle?: string | null;
  avatar?: MediaView | null;
}

/** A section or a tag. */
export interface TermView {
  documentId?: string;
  name?: string;
  slug?: string;
}

export interface LinkView {
  documentId?: string;
  title?: string;
  url?: string | null;
  article?: { documentId?: string; slug?: string; publishedAt?: string | null } | null;
  href?: string | null;
}

export interface BlockView {
  __component: string;
  link?: LinkView | null;
  image?: MediaView | null;
  [field: string]: unknown;
}

export interface StoryView {
  documentId: string;
  slug: string;
  title: string;
  excerpt?: string | null;
  publishedAt?: string | null;
  firstPublishedAt?: string | null;
  updatedAt?: string | null;
  wordCount?: number | null;
  readingTime?: number | null;
  cover?: MediaView | null;
  author?: AuthorView | null;
  section?: TermView | null;
  tags?: TermView[];
  body?: BlockView[];
  [field: string]: unknown;
}
