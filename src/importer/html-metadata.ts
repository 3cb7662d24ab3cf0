/**
 * What a news page says about its story outside the story's text: the
 * canonical address, headline, authors and description, from JSON-LD
 * (schema.org NewsArticle), Open Graph and classic meta tags, in the order
 * news sites fill them reliably.
 */
import { splitAuthors } from './byline';

export interface PageMetadata {
  canonicalUrl?: string;
  baseUrl?: string;
  ogTitle?: string;
  jsonLdHeadline?: string;
  documentTitle?: string;
  authors: string[];
  description?: string;
  warnings: string[];
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting)$/;

const httpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    // Campaign tags vary between copies of one page; they are not part of its identity.
    for (const key of Array.from(url.searchParams.keys())) if (/^(?:utm_|fbclid$|gclid$|ocid$|cmpid$)/i.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return undefined;
  }
};

const clean = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined);

/** Every object in the JSON-LD scripts, @graph and nested arrays flattened. */
function jsonLdNodes(doc: Document, warnings: string[]): any[] {
  const nodes: any[] = [];
  const visit = (value: any) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '')));
    } catch {
      warnings.push('ignored a JSON-LD script that is not valid JSON');
    }
  }
  return nodes;
}

const isArticle = (node: any) => [].concat(node['@type'] ?? []).some((type: unknown) => typeof type === 'string' && ARTICLE_TYPE.test(type));

const namesOf = (author: any): string[] =>
  [].concat(author ?? []).flatMap((entry: any) => {
    const name = clean(typeof entry === 'string' ? entry : entry?.name);
    return name && !httpUrl(name) ? [name] : [];
  });

const meta = (doc: Document, selector: string) => clean(doc.querySelector(selector)?.getAttribute('content'));

export function readPageMetadata(doc: Document): PageMetadata {
  const warnings: string[] = [];
  const article = jsonLdNodes(doc, warnings).find(isArticle);
  const mainEntity = article?.mainEntityOfPage;

  const canonicalUrl =
    httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
    httpUrl(meta(doc, 'meta[property="og:url"]')) ??
    httpUrl(typeof mainEntity === 'string' ? mainEntity : mainEntity?.['@id']) ??
    httpUrl(article?.url);

  const metaAuthors = [
    meta(doc, 'meta[name="author"]'),
    meta(doc, 'meta[property="article:author"]'),
    meta(doc, 'meta[name="byl"]')?.replace(/^by\s+/i, ''),
    meta(doc, 'meta[name="parsely-author"]'),
    meta(doc, 'meta[name="sailthru.author"]'),
  ].filter((name): name is string => Boolean(name) && !httpUrl(name));
  const ldAuthors = namesOf(article?.author);
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.length ? splitAuthors(metaAuthors[0]) : [];

  return {
    canonicalUrl,
    baseUrl: httpUrl(doc.querySelector('base[href]')?.getAttribute('href')) ?? canonicalUrl,
    ogTitle: meta(doc, 'meta[property="og:title"]') ?? meta(doc, 'meta[name="twitter:title"]'),
    jsonLdHeadline: clean(article?.headline) ?? clean(article?.name),
    documentTitle: clean(doc.querySelector('title')?.textContent),
    authors,
    description: clean(article?.description) ?? meta(doc, 'meta[property="og:description"]') ?? meta(doc, 'meta[name="description"]'),
    warnings,
  };
}
