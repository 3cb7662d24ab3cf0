import { normaliseText, tokensOf } from './search-tokens';

/**
 * What a reader typed, made safe: the database never sees their text, only tokens of letters and
 * digits that our tokeniser made, so quotes, operators, `*`, NUL or a lone surrogate cannot become a
 * syntax error. Every token must match (AND), as readers expect of a news site's search box.
 */
export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TOKENS = 32;

export type SearchQuery = { ok: true; tokens: string[] } | { ok: false; message: string };

// Lone surrogates cannot be encoded; dropping them keeps the rest of the query usable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function parseSearchQuery(raw: unknown): SearchQuery {
  if (Array.isArray(raw)) return { ok: false, message: 'Give one q' };
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, message: 'q is required' };
  if (raw.length > MAX_QUERY_LENGTH) return { ok: false, message: `q is longer than ${MAX_QUERY_LENGTH} characters` };
  const text = normaliseText(raw.replace(LONE_SURROGATE, ' ').replace(/\0/g, ' '));
  const tokens = [...new Set(tokensOf(text).map((t) => t.token))].slice(0, MAX_QUERY_TOKENS);
  return { ok: true, tokens };
}
