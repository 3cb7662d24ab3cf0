import { looksLikeHeading } from './looks-like-heading';

/**
 * "By Jane Doe", "By JANE DOE, Senior Correspondent", "Jane Doe | Reuters",
 * "Par Sébastien Farcis", "By the Associated Press", "By Reuters staff": the
 * person's (or the desk's) name and, when the byline carries one, their role.
 * A desk or agency is an author too: the story is theirs, not the importer's
 * default author's. A sentence that happens to start with "By" ("By the end
 * of the week, …") is not a byline, nor is a dateline ("CAIRO — Gunmen …").
 */
export interface Byline {
  name: string;
  jobTitle?: string;
}

// "By" in the languages of the pages we import; "by:" as some sites print it.
const BY = /^(?:by|par|von|por|door)\s*:?[\s\u00a0]+/i;
const ROLE_SEPARATOR = /\s*(?:,|\||•|·|–|—|\s-\s)\s*/;

export function parseByline(text: string, { requireBy = true } = {}): Byline | undefined {
  let line = text.replace(/\s+/g, ' ').trim();
  const by = BY.test(line);
  if ((requireBy && !by) || (!by && isDateline(line))) return undefined;
  line = line.replace(BY, '').trim();
  if (!line || line.length > 160) return undefined;
  const [name, ...rest] = line.split(ROLE_SEPARATOR).filter(Boolean);
  if (!name || !(isName(name) || isDesk(name))) return undefined;
  // "the Associated Press" is how the line reads; as an author's name it starts with a capital.
  const shown = name.charAt(0).toUpperCase() + name.slice(1);
  // A sentence after the name is story text, not a role.
  if (rest.some((part) => part.split(' ').length > 8)) return undefined;
  // Dates and times ride along in bylines ("By Jane Doe | 17 Sept 2023"); they are not a role.
  const jobTitle = rest
    .filter((part) => !/\d/.test(part))
    .join(', ')
    .trim();
  return jobTitle ? { name: shown, jobTitle } : { name: shown };
}

/** A person's name (or a few of them joined by "and"): short, capitalised, no sentence punctuation. */
export function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || /[!?;:"“”]/.test(text) || /\d/.test(text)) return false;
  return looksLikeHeading(text.replace(/\.$/, ''));
}

// The lower-case words a desk's byline is made of ("the Associated Press", "our Foreign Desk", "Staff and agencies").
const DESK_WORDS = new Set([
  'the',
  'our',
  'and',
  'of',
  'from',
  'staff',
  'desk',
  'team',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'writer',
  'writers',
  'editor',
  'editors',
  'editorial',
  'board',
  'bureau',
  'agency',
  'agencies',
  'wire',
  'wires',
  'services',
  'newsroom',
  'magazine',
]);

/** A desk, agency or magazine: capitalised words, and lower-case ones only from DESK_WORDS. */
export function isDesk(text: string): boolean {
  const words = text.trim().replace(/\.$/, '').split(/\s+/);
  if (words.length > 8 || /[!?;:"“”]/.test(text) || /\d/.test(text)) return false;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word));
  return lower.length > 0 && lower.length < words.length && lower.every((word) => DESK_WORDS.has(word));
}

// A place in capitals, maybe its region ("SEOUL, South Korea"), maybe an agency ("(AP)"), then a dash.
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]*?(?:,\s*[\p{L}.' ]{2,30}?)?(?:\s*\([^)]{1,30}\))?\s*(?:[—–]|\s-(?:\s|$))\s*/u;

/**
 * "CAIRO —", "WASHINGTON (AP) — Lawmakers …", "SEOUL, South Korea — …": the place a story opens with, alone or
 * followed by the story's first sentence; not a name, and part of the story's text.
 */
export function isDateline(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  const match = DATELINE.exec(line);
  if (!match || !/\p{Lu}{2}/u.test(match[0])) return false;
  const after = line.slice(match[0].length);
  return !after || after.split(' ').length >= 4;
}

/** The first of several authors in "Jane Doe and John Roe" or "Jane Doe, John Roe & Ann Poe". */
export function splitAuthors(name: string): string[] {
  return name
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}
