/**
 * The keys an edge cache files an answer under, and purges it by: `d:<documentId>` for each document the
 * answer shows, `t:<type>` for each list it is. Every write purges both its document's key and its type's
 * key, so a type key is also a correct, coarser stand-in for document keys that would not fit in a header.
 */
export type TagHeader = 'xkey' | 'Surrogate-Key' | 'Cache-Tag';
export const TAG_HEADERS: readonly TagHeader[] = ['xkey', 'Surrogate-Key', 'Cache-Tag'];

export const documentKey = (documentId: string) => `d:${documentId}`;
export const typeKey = (type: string) => `t:${type}`;

export interface AnswerReads {
  /** documentIds shown, per type */
  documents: Map<string, Set<string>>;
  /** types the answer lists (or whose absence it reports) */
  lists: Set<string>;
}

/** Varnish, Fastly and Cloudflare each refuse headers past 8–16 KB: stay well inside the smallest. */
export const MAX_KEYS_BYTES = 4096;

/** The answer's keys: type keys first, then document keys while they fit; a type whose documents don't fit goes whole. */
export function answerKeys({ documents, lists }: AnswerReads, maxBytes = MAX_KEYS_BYTES): string[] {
  const types = new Set([...lists].map(typeKey));
  const documentKeys: string[] = [];
  let bytes = [...types].reduce((sum, key) => sum + key.length + 1, 0);
  for (const [type, ids] of documents) {
    const keys = [...ids].map(documentKey);
    const size = keys.reduce((sum, key) => sum + key.length + 1, 0);
    if (bytes + size <= maxBytes) {
      documentKeys.push(...keys);
      bytes += size;
    } else if (!types.has(typeKey(type))) {
      types.add(typeKey(type));
      bytes += typeKey(type).length + 1;
    }
  }
  return [...types, ...documentKeys];
}

/** The header value: Cloudflare separates tags by commas, Varnish's xkey and Fastly by spaces. */
export const formatKeys = (keys: string[], header: TagHeader) => keys.join(header === 'Cache-Tag' ? ',' : ' ');
