import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtml } from './decode-html';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

const cases: Array<{ name: string; bytes: Buffer; text: string }> = [
  {
    name: 'UTF-8 with a meta charset',
    bytes: Buffer.from('<meta charset="utf-8"><p>Café “Seoul” 서울</p>'),
    text: '<meta charset="utf-8"><p>Café “Seoul” 서울</p>',
  },
  { name: 'UTF-8 with a BOM loses the BOM', bytes: bytes([0xef, 0xbb, 0xbf], '<p>x</p>'), text: '<p>x</p>' },
  {
    name: 'Windows-1252 declared the old way',
    bytes: bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Caf',
      [0xe9, 0x20, 0x93, 0x78, 0x94]
    ),
    text: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Caf\u00e9 \u201cx\u201d',
  },
  {
    name: 'ISO-8859-1 is read as Windows-1252, as browsers do',
    bytes: bytes('<meta charset=iso-8859-1>', [0x93, 0x94]),
    text: '<meta charset=iso-8859-1>\u201c\u201d',
  },
  {
    name: 'EUC-KR',
    bytes: bytes('<meta charset="euc-kr">', [0xbc, 0xad, 0xbf, 0xef]),
    text: '<meta charset="euc-kr">서울',
  },
  {
    name: 'Shift_JIS',
    bytes: bytes("<meta charset='shift_jis'>", [0x93, 0x8c, 0x8b, 0x9e]),
    text: "<meta charset='shift_jis'>東京",
  },
  {
    name: 'UTF-16LE with its BOM',
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Ким</p>', 'utf16le')]),
    text: '<p>Ким</p>',
  },
  { name: 'nothing declared, valid UTF-8', bytes: Buffer.from('<p>naïve – “ok”</p>'), text: '<p>naïve – “ok”</p>' },
  {
    name: 'nothing declared, not UTF-8: Windows-1252',
    bytes: bytes('<p>na', [0xef, 0x76, 0x65, 0x20, 0x96]),
    text: '<p>na\u00efve \u2013',
  },
  {
    name: 'an unknown label falls back to sniffing',
    bytes: Buffer.from('<meta charset="x-klingon"><p>é</p>'),
    text: '<meta charset="x-klingon"><p>é</p>',
  },
];

for (const c of cases) {
  test(`decodeHtml: ${c.name}`, () => assert.equal(decodeHtml(c.bytes), c.text));
}
