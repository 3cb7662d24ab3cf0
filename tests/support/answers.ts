/**
 * What Strapi answers, as far as the tests read it. Declared here rather than taken from the app: the
 * tests see Strapi only over HTTP, as a frontend does, and these shapes are what they expect of it.
 * Nothing checks an answer against them at run time: the assertions do.
 */

/** A node of a rich-text (blocks) field: an element with children, or a text leaf. */
export interface BlockNode {
  type: string;
  text?: string;
  bold?: boolean;
  italic?: boolean;
  url?: string;
  level?: number;
  format?: string;
  children?: BlockNode[];
}

/** A file of the media library, populated. */
export interface MediaAnswer {
  id: number;
  documentId: string;
  url: string;
  alternativeText: string | null;
}

export interface LinkAnswer {
  documentId: string;
  title: string;
  label?: string;
  url: string | null;
  /** on the by-slug page: the URL, the linked story's path, or null while the link leads nowhere */
  href?: string | null;
  /** populated on request */
  article?: ArticleAnswer | null;
}

/**
 * One block of an article's dynamic-zone body, populated. One flat shape rather than a union per
 * component: the tests know each block's kind from where it is (and check `__component`), so
 * `content` is what an `article.text` block holds, `link` an `article.read-also`'s and `image`,
 * `caption`, `credit` an `article.image`'s.
 */
export interface BodyBlock {
  __component: string;
  content: BlockNode[];
  link: LinkAnswer;
  image: MediaAnswer | null;
  caption?: string | null;
  credit?: string | null;
  label?: string;
}

export interface AuthorAnswer {
  documentId: string;
  name: string;
  slug: string;
  bio?: string | null;
  jobTitle?: string | null;
  /** private: must never be in an answer */
  email?: string;
  /** on GET /api/authors/slug/:slug: the published stories, newest first */
  articles: ArticleAnswer[];
}

/** A section or a tag. */
export interface TermAnswer {
  documentId: string;
  name: string;
  slug: string;
  description?: string | null;
  parent?: TermAnswer | null;
  articles?: ArticleAnswer[];
}

export interface ArticleAnswer {
  /** the row of this version: a new one on every publish */
  id?: number;
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  excerpt: string;
  readingTime: number;
  wordCount: number;
  publishedAt: string | null;
  /** when the story was first published (an imported story's original date); kept across republishing */
  firstPublishedAt?: string | null;
  /** the schedule (newsroom plugin): when the draft goes live, when the live story comes down */
  publishAt?: string | null;
  unpublishAt?: string | null;
  createdAt: string;
  updatedAt: string;
  /** populated (the by-slug and preview routes always do) */
  author: AuthorAnswer;
  body: BodyBlock[];
  cover?: MediaAnswer | null;
  section?: TermAnswer | null;
  tags?: TermAnswer[];
  /** private: must never be in an answer */
  titleKey?: unknown;
  /** private: must never be in an answer */
  sourceId?: unknown;
}

/** The schema.org NewsArticle the by-slug and preview routes put in meta.jsonLd. */
export interface NewsArticleLd {
  '@context': string;
  '@type': string;
  headline: string;
  description: string;
  timeRequired: string;
  articleSection?: string;
  keywords?: string[];
  wordCount: number;
  datePublished: string;
  dateModified: string;
  author: Array<{ '@type': string; name: string; url: string }>;
  mainEntityOfPage: { '@id': string };
  image?: unknown;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** A REST answer: Strapi's `{ data, meta }`, with the meta the route gives. */
export interface Answer<T, Meta = object> {
  data: T;
  meta: Meta;
}

/** The meta of a list. */
export interface ListMeta {
  pagination: Pagination;
}

/** The meta of a story page (GET /api/articles/slug/:slug). */
export interface StoryMeta {
  jsonLd: NewsArticleLd;
}

/** The meta of GET /api/preview: a story page's, and which version the signed link opened until when. */
export interface PreviewMeta extends StoryMeta {
  preview: { status: 'draft' | 'published'; expiresAt: string };
}

/** Strapi's error, as in `{ data: null, error }`. */
export interface StrapiError {
  status: number;
  name: string;
  message: string;
  details: {
    /** a ValidationError's: one per field */
    errors: Array<{ path: string[]; message: string; name: string }>;
    /** the preview route's ForbiddenError: why the link was refused */
    reason?: string;
  };
}

export interface ErrorAnswer {
  data: null;
  error: StrapiError;
}

/** Users & Permissions: a role, as the admin panel reads and writes it. */
export interface RoleAnswer {
  id: number;
  type: string;
  name: string;
  description: string;
  permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }>;
}

/** Users & Permissions: what registering or logging in answers. */
export interface SessionAnswer {
  jwt: string;
  user: { id: number; username: string; email: string };
}

/** The content-manager's view settings of one field. */
export interface FieldMetadata {
  edit: { label: string; description: string; editable: boolean; mainField?: string };
  list: { label: string; mainField?: string };
}

/** The content-manager's configuration of a content type or a component. */
export interface ViewConfiguration {
  uid: string;
  settings: { mainField: string } & Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[] } & Record<string, unknown>;
  /** components only */
  category?: string;
  isComponent?: boolean;
}
