import anyAsciiImport from 'any-ascii';

// any-ascii ships as an ES module only. Compiled CommonJS (tsc's __importDefault over Node's
// require(esm), which sets __esModule) and tsx both hand us the function, but a loader that
// wraps the namespace once more would give us { default: fn }; unwrap rather than crash on
// every write.
const anyAscii: (s: string) => string =
  typeof anyAsciiImport === 'function'
    ? anyAsciiImport
    : (anyAsciiImport as unknown as { default: (s: string) => string }).default;

// any-ascii turns emoji into ":tada:" and flags into "KR"; in a URL those read as noise,
// so pictographs become separators and an emoji-only title yields '' for the caller's fallback.
// Joiners, variation selectors and the keycap mark are meant one by one, not as combined sequences.
// eslint-disable-next-line no-misleading-character-class -- a set of single code points, each a separator
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]/gu;

// Apostrophes and quotes sit inside words ("Ford’s", "Hawaiʻi"); as separators they would
// give "ford-s". Removing them before transliteration also stops any-ascii from turning
// „ or « into other punctuation.
const QUOTES = /['"`´‘’‚‛“”„‟′″‴‵‶ʹʺʻʼʽʾʿˈ＇＂«»‹›]/g;

// any-ascii runs Han characters together ("BeiJingHuanYingNi"); one syllable per character
// keeps Chinese (and kanji) slugs readable.
const HAN = /\p{Script=Han}/gu;

// Transliteration itself emits apostrophes (Cyrillic soft/hard signs, stray dakuten).
const ASCII_QUOTES = /['"`]/g;
const NON_SLUG = /[^a-z0-9]+/g;

// Characters that NFC may fold into the character before them: a chunk must not end just
// before one, or the chunk would transliterate differently from the whole string.
const JOINS_PREVIOUS = /[\p{M}\u1160-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\udc00-\udfff]/u;

function toSlugChars(text: string): string {
  return anyAscii(text.normalize('NFC').replace(EMOJI, ' ').replace(QUOTES, '').replace(HAN, ' $& '))
    .replace(ASCII_QUOTES, '')
    .toLowerCase()
    .replace(NON_SLUG, '-');
}

function chunkEnd(input: string, wanted: number): number {
  let end = Math.min(input.length, wanted);
  while (end < input.length && JOINS_PREVIOUS.test(String.fromCodePoint(input.codePointAt(end) ?? 0))) end++;
  return end;
}

export function slugify(input: string, maxLength = 100): string {
  if (typeof input !== 'string' || !(maxLength >= 1)) return '';
  const limit = Math.floor(maxLength);

  // Only the first limit+1 slug characters decide the result (the extra one tells whether the
  // cut falls on a word boundary). Transliteration maps each character independently, so a
  // prefix of the input gives a prefix of the slug: grow the prefix until it is long enough,
  // so a 100 000-word body costs no more than a title while no title can come out different.
  let wanted = limit * 2 + 32;
  let slug = '';
  for (;;) {
    const end = chunkEnd(input, wanted);
    slug = toSlugChars(input.slice(0, end)).replace(/^-+/, '');
    if (end >= input.length || slug.length > limit) break;
    wanted *= 2;
  }

  if (slug.length <= limit) return slug.replace(/-+$/, '');
  if (slug[limit] === '-') return slug.slice(0, limit);
  const lastBoundary = slug.lastIndexOf('-', limit - 1);
  // A first word longer than the limit has no boundary to cut at; a partial word beats nothing.
  return lastBoundary > 0 ? slug.slice(0, lastBoundary) : slug.slice(0, limit);
}
