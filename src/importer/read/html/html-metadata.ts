/**
 * What a news page says about its story outside the story's text: the
 * canonical address, headline, authors and description, from JSON-LD
 * (schema.org NewsArticle), Open Graph and classic meta tags, in the order
 * news sites fill them reliably.
 */
import { splitAuthors } from '../byline';
import { descendantsOf } from './dom-walk';

export interface PageMetadata {
  canonicalUrl?: string;
  baseUrl?: string;
  ogTitle?: string;
  jsonLdHeadline?: string;
  documentTitle?: string;
  /** what the site calls itself (og:site_name, application-name, the JSON-LD publisher): a <title> decoration */
  siteNames: string[];
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
    for (const key of Array.from(url.searchParams.keys()))
      if (/^(?:utm_|fbclid$|gclid$|ocid$|cmpid$)/i.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return undefined;
  }
};

const clean = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => Boolean(value) && typeof value === 'object';

/** A JSON-LD property of a node that may be anything, or nothing. */
const property = (node: unknown, key: string): unknown => (isObject(node) ? node[key] : undefined);

/** Every object in the JSON-LD scripts, @graph and nested arrays flattened. */
function jsonLdNodes(scripts: Element[], warnings: string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      // Some CMSs wrap the JSON in CDATA (commented out for old browsers, or not) or HTML comments.
      visit(
        JSON.parse(
          (script.textContent ?? '').replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '')
        )
      );
    } catch {
      warnings.push('ignored a JSON-LD script that is not valid JSON');
    }
  }
  return nodes;
}

const isArticle = (node: JsonObject) =>
  ([] as unknown[]).concat(node['@type'] ?? []).some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));

const namesOf = (author: unknown): string[] =>
  ([] as unknown[]).concat(author ?? []).flatMap((entry) => {
    const name = clean(typeof entry === 'string' ? entry : property(entry, 'name'));
    return name && !httpUrl(name) ? [name] : [];
  });

/** The page's metadata elements, in one walk: a selector query per tag would walk the page a dozen times. */
interface Tags {
  /** the first meta element per `name=` and per `property=` value (as `name:…` and `property:…`) */
  meta: Map<string, Element>;
  canonical?: Element;
  base?: Element;
  title?: Element;
  jsonLd: Element[];
}

// As in selectors on an HTML page: `rel` and `type` values match whatever their case, `name` and `property` exactly.
function tagsOf(doc: Document): Tags {
  const tags: Tags = { meta: new Map(), jsonLd: [] };
  if (!doc.documentElement) return tags;
  for (const el of descendantsOf(doc.documentElement, true)) {
    switch (el.localName) {
      case 'meta':
        for (const attribute of ['name', 'property']) {
          const value = el.getAttribute(attribute);
          if (value !== null && !tags.meta.has(`${attribute}:${value}`)) tags.meta.set(`${attribute}:${value}`, el);
        }
        break;
      case 'link':
        if (
          !tags.canonical &&
          (el.getAttribute('rel') ?? '')
            .toLowerCase()
            .split(/[ \t\n\f\r]+/)
            .includes('canonical')
        )
          tags.canonical = el;
        break;
      case 'base':
        if (!tags.base && el.hasAttribute('href')) tags.base = el;
        break;
      case 'title':
        tags.title ??= el;
        break;
      case 'script':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') tags.jsonLd.push(el);
        break;
    }
  }
  return tags;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const warnings: string[] = [];
  const tags = tagsOf(doc);
  const meta = (key: string) => clean(tags.meta.get(key)?.getAttribute('content'));
  const article = jsonLdNodes(tags.jsonLd, warnings).find(isArticle);
  const mainEntity = article?.mainEntityOfPage;

  const canonicalUrl =
    httpUrl(tags.canonical?.getAttribute('href')) ??
    httpUrl(meta('property:og:url')) ??
    httpUrl(typeof mainEntity === 'string' ? mainEntity : property(mainEntity, '@id')) ??
    httpUrl(article?.url);

  const metaAuthors = [
    meta('name:author'),
    meta('property:article:author'),
    meta('name:byl')?.replace(/^by\s+/i, ''),
    meta('name:parsely-author'),
    meta('name:sailthru.author'),
  ].filter((name): name is string => Boolean(name) && !httpUrl(name));
  const ldAuthors = namesOf(article?.author);
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.length ? splitAuthors(metaAuthors[0]) : [];

  return {
    canonicalUrl,
    baseUrl: httpUrl(tags.base?.getAttribute('href')) ?? canonicalUrl,
    ogTitle: meta('property:og:title') ?? meta('name:twitter:title'),
    jsonLdHeadline: clean(article?.headline) ?? clean(article?.name),
    documentTitle: clean(tags.title?.textContent),
    siteNames: [
      meta('property:og:site_name'),
      meta('name:application-name'),
      clean(property(article?.publisher, 'name')),
    ].filter((name): name is string => Boolean(name)),
    authors,
    description: clean(article?.description) ?? meta('property:og:description') ?? meta('name:description'),
    warnings,
  };
}
