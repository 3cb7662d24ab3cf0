import { Readable } from 'stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';

/** Sitemaps as the sitemaps.org protocol and Google News want them, written by the `sitemap` package. */
export const SITEMAP_LIMIT = 50_000;

export interface PageEntry {
  url: string;
  lastmod?: string | null;
}

export interface NewsEntry extends PageEntry {
  title: string;
  published: string;
}

const render = async (stream: SitemapStream | SitemapIndexStream, items: object[]) =>
  (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');

export const urlSet = (entries: PageEntry[]) =>
  render(
    new SitemapStream(),
    entries.map(({ url, lastmod }): SitemapItemLoose => ({ url, ...(lastmod ? { lastmod } : {}) }))
  );

export const sitemapIndex = (sitemaps: PageEntry[]) =>
  render(
    new SitemapIndexStream(),
    sitemaps.map(({ url, lastmod }) => ({ url, ...(lastmod ? { lastmod } : {}) }))
  );

export const newsUrlSet = (entries: NewsEntry[], publication: { name: string; language: string }) =>
  render(
    new SitemapStream({ xmlns: { news: true, image: false, video: false, xhtml: false } }),
    entries.map((entry): SitemapItemLoose => ({
      url: entry.url,
      news: { publication, publication_date: entry.published, title: entry.title },
    }))
  );
