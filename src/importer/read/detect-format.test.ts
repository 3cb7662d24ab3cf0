import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from './detect-format';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const detected: Array<{ name: string; bytes: Buffer; format: 'text' | 'html'; text?: string }> = [
  { name: 'plain text', bytes: utf8('Title\n\nBody.'), format: 'text', text: 'Title\n\nBody.' },
  {
    name: 'text with a UTF-8 BOM loses the BOM',
    bytes: utf8('\uFEFFTitle\n\nBody.'),
    format: 'text',
    text: 'Title\n\nBody.',
  },
  {
    name: 'text saved as UTF-16 ("Unicode" in Notepad)',
    bytes: utf16le('Заголовок\n\nТекст.'),
    format: 'text',
    text: 'Заголовок\n\nТекст.',
  },
  {
    name: 'text that starts with "<" but is not markup',
    bytes: utf8('<3 Seoul: A Love Letter\n\nBody.'),
    format: 'text',
  },
  { name: 'a full HTML document', bytes: utf8('<!DOCTYPE html><html><body><h1>T</h1></body></html>'), format: 'html' },
  { name: 'an HTML fragment of an article', bytes: utf8('\n  <h1>T</h1>\n<p>Body.</p>'), format: 'html' },
  {
    name: 'HTML after an XML declaration and a comment (a saved page)',
    bytes: utf8(
      '<?xml version="1.0"?>\n<!-- saved from url=(0042)https://news.example/ -->\n<html><body></body></html>'
    ),
    format: 'html',
  },
  {
    name: 'HTML after a UTF-8 byte-order mark (a page saved by Windows tools)',
    bytes: utf8('\uFEFF<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1></body></html>'),
    format: 'html',
  },
  { name: 'an HTML fragment after a UTF-8 BOM', bytes: utf8('\uFEFF\n<h1>T</h1><p>Body.</p>'), format: 'html' },
  { name: 'HTML in UTF-16', bytes: utf16le('<html><body><h1>T</h1></body></html>'), format: 'html' },
];

for (const c of detected) {
  test(`detectFormat: ${c.name}`, () => {
    const result = detectFormat(c.bytes);
    assert.equal(result.format, c.format);
    if (c.text !== undefined && result.format === 'text') assert.equal(result.text, c.text);
  });
}

const refused: Array<{ name: string; bytes: Buffer; reason: RegExp }> = [
  { name: 'an empty file', bytes: Buffer.alloc(0), reason: /empty/ },
  { name: 'a file of blank lines', bytes: utf8('\n \n\t\n'), reason: /empty/ },
  {
    name: 'a PNG image',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    reason: /PNG image/,
  },
  { name: 'a PDF', bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), reason: /PDF/ },
  { name: 'a Word document (ZIP)', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), reason: /ZIP/ },
  { name: 'unknown binary data', bytes: Buffer.from([1, 2, 3, 0, 0, 0, 7, 8, 9]), reason: /binary/ },
  { name: 'text in a legacy encoding', bytes: Buffer.from('Caf\xe9 au lait\n\nBody.', 'latin1'), reason: /not UTF-8/ },
  {
    name: 'text full of control characters',
    bytes: utf8('Title\n\n' + '\u0001\u0002\u0003abc'.repeat(50)),
    reason: /binary data/,
  },
];

for (const c of refused) {
  test(`detectFormat refuses ${c.name}`, () => {
    assert.throws(
      () => detectFormat(c.bytes),
      (error: Error) => error.name === 'StoryError' && c.reason.test(error.message)
    );
  });
}
