/**
 * An HTML file's bytes as text. A saved page is often re-encoded on the way
 * (a browser's "Save as", an editor, a crawler) while its <meta charset> still
 * names the encoding it was served in, so the bytes are trusted before the
 * label: a byte-order mark first; then UTF-8 when the bytes are valid UTF-8
 * (text in any other encoding almost never is); then the <meta charset> (or
 * http-equiv Content-Type) in the first kilobyte; then a detector, when it is
 * sure enough; else Windows-1252 (what old CMS exports without a declaration
 * usually are).
 */
import { analyse } from 'chardet';

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  // A document that reached us as bytes and says UTF-16 in ASCII is not UTF-16 (HTML spec: use UTF-8).
  if (!label || label.startsWith('utf-16')) return label ? 'utf-8' : undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

// Node's TextDecoder reads Windows-1252 as Latin-1, leaving 0x80–0x9F (curly quotes, dashes, €) as
// control characters; these are the characters Windows-1252 puts there.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80])
    : text;
}

// Below this the detector's guesses (0–100) are noise: short Latin text scores about 30 for several code pages.
const SURE_ENOUGH = 60;

function detectedEncoding(bytes: Uint8Array): string | undefined {
  for (const { name, confidence } of analyse(bytes)) {
    if (confidence < SURE_ENOUGH) return undefined;
    try {
      return new TextDecoder(name.toLowerCase()).encoding;
    } catch {
      // a name TextDecoder does not know (ISO-2022 variants): try the next guess
    }
  }
  return undefined;
}

/** The encoding a page is read in, by the order above. */
export function htmlEncoding(bytes: Uint8Array): { encoding: string; bom: number } {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) return { encoding, bom: bom.length };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    // not UTF-8: the page's own declaration, then the detector
  }
  return { encoding: declaredEncoding(bytes) ?? detectedEncoding(bytes) ?? 'windows-1252', bom: 0 };
}

export function decodeHtml(bytes: Uint8Array): string {
  const { encoding, bom } = htmlEncoding(bytes);
  return decode(bytes.subarray(bom), encoding);
}
