/**
 * A story's identity across imports, stored on the article as `sourceId`:
 * the canonical address a news page declares for itself (it survives
 * re-saving the page under another file name), else the file's path relative
 * to the import root (so an edited file updates its story in place). Short
 * enough for an indexed column: a longer identity keeps its start and a hash.
 */
import crypto from 'crypto';
import path from 'path';

export const MAX_SOURCE_ID = 255;

const fit = (id: string) =>
  id.length <= MAX_SOURCE_ID
    ? id
    : `${id.slice(0, 190)}#sha256:${crypto.createHash('sha256').update(id).digest('hex').slice(0, 56)}`;

export function sourceIdFor(story: { canonicalUrl?: string }, file: string, root: string): string {
  if (story.canonicalUrl) return fit(story.canonicalUrl);
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  // macOS hands out decomposed file names; the same name typed elsewhere is composed.
  return fit(`file:${(inside ? relative : absolute).split(path.sep).join('/').normalize('NFC')}`);
}
