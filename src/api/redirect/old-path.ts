/**
 * One spelling for an address a story used to live at, so the path an old link carries and the path
 * the importer remembered meet in one indexed lookup: no host (a site moves between http and https,
 * www and not), percent-decoding undone and redone the same way, no trailing slash, and of the query
 * only what addresses a post (`?p=123`, `?page_id=`) — tracking parameters are not part of the address.
 */
const ADDRESSING_QUERY = ['p', 'page_id', 'post', 'attachment_id'];

export const MAX_OLD_PATH = 1000;

const safeDecode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

export function normalizeOldPath(address: string): string | undefined {
  const trimmed = address.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, 'http://old.invalid');
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const path = url.pathname
    .split('/')
    .map((part) => encodeURIComponent(safeDecode(part).normalize('NFC')))
    .join('/')
    .replace(/\/+$/, '');
  const query = ADDRESSING_QUERY.flatMap((key) => {
    const value = url.searchParams.get(key);
    return value ? [`${key}=${encodeURIComponent(value)}`] : [];
  }).join('&');
  const normalized = `${path || '/'}${query ? `?${query}` : ''}`;
  return normalized.length <= MAX_OLD_PATH ? normalized : undefined;
}
