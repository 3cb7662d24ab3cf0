/**
 * Tells a CMS export from its first bytes, so a 1 GB export can be streamed
 * instead of read whole, and names what other XML or JSON is (a feed, a
 * config file) so it is refused with a reason instead of being stored as one
 * story of markup. Decided by content, never by file name.
 */
export type ExportFormat = 'wxr' | 'ghost';

/** How much of a file detection reads. */
export const HEAD_BYTES = 64 * 1024;

const WXR_NAMESPACE = /xmlns:[\w.-]+\s*=\s*["']https?:\/\/wordpress\.org\/export\/1\.\d+\/["']/;
const GHOST_META = /"exported_on"\s*:/;

const headText = (head: Uint8Array) =>
  new TextDecoder('utf-8').decode(head.subarray(0, HEAD_BYTES)).replace(/^\uFEFF/, '');

/** The root element's name, after the XML declaration, comments, processing instructions and a doctype. */
export function xmlRootName(text: string): string | undefined {
  const rest = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|\s+/gi, ' ');
  return /^\s*<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
}

export function detectExport(head: Uint8Array): ExportFormat | undefined {
  const text = headText(head);
  const start = text.trimStart();
  if (start.startsWith('<') && xmlRootName(start)?.toLowerCase() === 'rss' && WXR_NAMESPACE.test(start)) return 'wxr';
  if (start.startsWith('{') && GHOST_META.test(start.slice(0, 4096)) && /"(?:db|data)"\s*:/.test(start)) return 'ghost';
  return undefined;
}

const FEEDS: Record<string, string> = {
  rss: 'an RSS feed',
  feed: 'an Atom feed',
  'rdf:rdf': 'an RSS 1.0 (RDF) feed',
  urlset: 'a sitemap',
  sitemapindex: 'a sitemap index',
  svg: 'an SVG image',
  configuration: 'a configuration file',
  project: 'a build file',
};

/**
 * Why a file that is XML or JSON but no export we read is not a story either; undefined when it is
 * neither XML nor JSON (the text and HTML readers decide then). HTML and XHTML are not asked about.
 */
export function notAStoryReason(text: string): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  // Without a prolog, markup only when the file also ends as markup: "<Breaking> news…" is a text story.
  if (start.startsWith('<?xml') || (start.startsWith('<') && xmlRootName(start) && start.trimEnd().endsWith('>'))) {
    const root = xmlRootName(start);
    if (!root) return 'this is an XML file without a root element, not a story or a CMS export';
    const what = FEEDS[root.toLowerCase()] ?? `an XML file (root element <${root}>)`;
    return `this is ${what}, not a story, a WordPress export (WXR) or a Ghost export`;
  }
  if (/^[{[]/.test(start)) {
    try {
      JSON.parse(start);
    } catch {
      return /^[{[]\s*["{[\]}]/.test(start)
        ? 'this is JSON that does not parse, not a story or a CMS export'
        : undefined;
    }
    return 'this is a JSON file that is not a Ghost export (no db[0].meta.exported_on), not a story';
  }
  return undefined;
}
