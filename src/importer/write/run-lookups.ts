/**
 * What one import run has looked up already: the authors, sections and tags that thousands of its
 * stories name again and again, by the key they were looked up with. An entry is kept only once the
 * story that found it has committed (a story rolled back may have created it), and the whole memory
 * is dropped when a story fails on a document that is gone: an editor deleted it meanwhile.
 */
import type { Core } from '@strapi/strapi';

export interface RunLookups {
  get(key: string): string | undefined;
  /** remembers `documentId` for `key` when the current transaction commits (now, outside one) */
  keep(key: string, documentId: string): Promise<void>;
  /** forgets everything; true when there was something to forget */
  clear(): boolean;
}

export function runLookups(strapi: Core.Strapi): RunLookups {
  const found = new Map<string, string>();
  return {
    get: (key) => found.get(key),
    async keep(key, documentId) {
      const remember = () => void found.set(key, documentId);
      if (strapi.db.inTransaction()) await strapi.db.transaction(({ onCommit }) => onCommit(remember));
      else remember();
    },
    clear() {
      const had = found.size > 0;
      found.clear();
      return had;
    },
  };
}
