/**
 * An HTML file's bytes as text, in the encoding the file declares the way a
 * browser finds it: a byte-order mark, else a <meta charset> (or http-equiv
 * Content-Type) in the first kilobyte. A file that declares nothing is read
 * as UTF-8 when it is valid UTF-8 (what every current tool writes), else as
 * Windows-1252 (what old CMS exports without a declaration usually are).
 */
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

export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length));
  }
  const declared = declaredEncoding(bytes);
  if (declared) return decode(bytes, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(bytes, 'windows-1252');
  }
}
