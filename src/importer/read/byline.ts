import { looksLikeHeading } from './looks-like-heading';

/**
 * "By Jane Doe", "By JANE DOE, Senior Correspondent", "Jane Doe | Reuters":
 * the person's name and, when the byline carries one, their role. A sentence
 * that happens to start with "By" ("By the end of the week, …") is not a byline.
 */
export interface Byline {
  name: string;
  jobTitle?: string;
}

const BY = /^by[\s\u00a0]+/i;
const ROLE_SEPARATOR = /\s*(?:,|\||•|·|–|—|\s-\s)\s*/;

export function parseByline(text: string, { requireBy = true } = {}): Byline | undefined {
  let line = text.replace(/\s+/g, ' ').trim();
  if (requireBy && !BY.test(line)) return undefined;
  line = line.replace(BY, '').trim();
  if (!line || line.length > 160) return undefined;
  const [name, ...rest] = line.split(ROLE_SEPARATOR).filter(Boolean);
  if (!name || !isName(name)) return undefined;
  // Dates and times ride along in bylines ("By Jane Doe | 17 Sept 2023"); they are not a role.
  const jobTitle = rest
    .filter((part) => !/\d/.test(part))
    .join(', ')
    .trim();
  return jobTitle ? { name, jobTitle } : { name };
}

/** A person's name (or a few of them joined by "and"): short, capitalised, no sentence punctuation. */
export function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 8 || /[!?;:"“”]/.test(text) || /\d/.test(text)) return false;
  return looksLikeHeading(text.replace(/\.$/, ''));
}

/** The first of several authors in "Jane Doe and John Roe" or "Jane Doe, John Roe & Ann Poe". */
export function splitAuthors(name: string): string[] {
  return name
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}
