import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtml, htmlEncoding } from './decode-html';

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

// Saved pages are re-encoded on the way while their meta tag keeps the old label: the bytes win over the label.
const GB2312_TEXT =
  '宇航员在太空中喝酒会怎么样？后果很严重。不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。';
const gb2312 = (text: string) => Buffer.from(new Uint8Array(iconv.encode(text, 'gb2312')));
const bytesFirst: Array<{ name: string; bytes: Buffer; encoding: string; text?: string }> = [
  {
    name: 'valid UTF-8 that says gb2312 is UTF-8',
    bytes: Buffer.from(`<meta charset="gb2312"><p>${GB2312_TEXT}</p>`),
    encoding: 'utf-8',
    text: `<meta charset="gb2312"><p>${GB2312_TEXT}</p>`,
  },
  {
    name: 'valid UTF-8 that says windows-1252 the old way is UTF-8',
    bytes: Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Café “x”</p>'),
    encoding: 'utf-8',
  },
  {
    name: 'GB2312 bytes that say gb2312 are GB2312 (read as GBK, its superset, as browsers do)',
    bytes: Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), gb2312(GB2312_TEXT)]),
    encoding: 'gbk',
    text: `<meta charset="gb2312"><p>${GB2312_TEXT}`,
  },
  {
    name: 'GB2312 bytes that declare nothing: the detector knows them',
    bytes: Buffer.concat([Buffer.from('<p>'), gb2312(GB2312_TEXT)]),
    encoding: 'gb18030',
    text: `<p>${GB2312_TEXT}`,
  },
  {
    name: 'a byte-order mark wins over everything',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="shift_jis"><p>東京</p>')]),
    encoding: 'utf-8',
    text: '<meta charset="shift_jis"><p>東京</p>',
  },
  {
    name: 'a short Latin text the detector cannot be sure of: Windows-1252',
    bytes: bytes('<p>na', [0xef, 0x76, 0x65, 0x20, 0x96]),
    encoding: 'windows-1252',
  },
];

for (const c of bytesFirst) {
  test(`htmlEncoding: ${c.name}`, () => {
    assert.equal(htmlEncoding(c.bytes).encoding, c.encoding);
    if (c.text !== undefined) assert.equal(decodeHtml(c.bytes), c.text);
  });
}
