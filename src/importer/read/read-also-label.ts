/**
 * The label newsrooms put before a promoted story in the middle of the text:
 * "Read Also: …", "READ MORE: …", "See also: …", "Related: …". Returns what
 * follows the label, or undefined when the text does not start with one.
 */
const LABEL =
  /^(?:read also|also read|read more|see also|related(?: stories| story| articles?| coverage)?|more on this(?: story)?)\s*[:：]\s*/i;
const BARE_LABEL =
  /^(?:read also|also read|read more|see also|related(?: stories| story| articles?| coverage)?|more on this(?: story)?)\s*[:：]?\s*$/i;

export function afterReadAlsoLabel(text: string): string | undefined {
  const match = LABEL.exec(text.trim());
  return match ? text.trim().slice(match[0].length).trim() : undefined;
}

/** Just the label, as in a box whose heading says "Related" above its links. */
export const isReadAlsoLabel = (text: string): boolean => BARE_LABEL.test(text.trim());
