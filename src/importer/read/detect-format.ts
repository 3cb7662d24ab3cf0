import { StoryError } from '../story/parsed-story';
import { notAStoryReason } from './export/detect-export';

/**
 * Decides by content, not by file name, whether a file is an HTML document,
 * plain text, or something that is not a story at all (an image, a PDF, a
 * Word file, text in an unknown encoding). HTML stays bytes: the HTML parser
 * finds its encoding from the BOM or the meta charset, as a browser would.
 */
export type Detected = { format: 'text'; text: string } | { format: 'html'; bytes: Uint8Array };

const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (a Word or OpenDocument file?)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a RIFF file (WebP image, WAV or AVI)', [0x52, 0x49, 0x46, 0x46]],
];

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|article|main|section|div|header|h[1-6]|p|meta|title|link|base|figure)[\s/>]/i;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

function decodeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return undefined;
}

/** The first characters after any BOM, XML declaration and comments: enough to see markup. */
function leadingMarkup(head: string): string {
  let rest = head.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const skipped = rest
      .replace(/^<\?xml[^>]*\?>/i, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .trimStart();
    if (skipped === rest) return rest;
    rest = skipped;
  }
}

export function detectFormat(bytes: Uint8Array): Detected {
  const utf16 = decodeUtf16(bytes);
  if (utf16 === undefined) {
    const known = SIGNATURES.find(([, signature]) => startsWith(bytes, signature));
    if (known) throw new StoryError(`this is ${known[0]}, not a text or HTML story`);
    if (bytes.subarray(0, 8192).includes(0)) throw new StoryError('this is a binary file, not a text or HTML story');
  }

  // The head is read byte for byte (latin1), so a UTF-8 byte-order mark is three characters to step over, not U+FEFF.
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const head = utf16 ?? Buffer.from(bytes.subarray(start, start + 4096)).toString('latin1');
  if (HTML_START.test(leadingMarkup(head))) {
    return { format: 'html', bytes: utf16 === undefined ? bytes : Buffer.from(utf16, 'utf8') };
  }

  let text: string;
  try {
    text = utf16 ?? new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new StoryError('the text is not UTF-8: save the file as UTF-8 and import it again');
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new StoryError('the file is empty');
  // XML and JSON that are no CMS export (those never get here: see read/export/) are not text stories.
  const refused = notAStoryReason(text);
  if (refused) throw new StoryError(refused);
  // A few stray control characters survive copy and paste; a text full of them is binary data.
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01)
    throw new StoryError('this looks like binary data, not a text story');
  return { format: 'text', text };
}
