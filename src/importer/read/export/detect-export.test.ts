import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectExport, notAStoryReason, xmlRootName } from './detect-export';

const bytes = (text: string) => new TextEncoder().encode(text);
const WXR = (ns: string) =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress" -->\n<rss version="2.0" xmlns:wp="${ns}"><channel></channel></rss>`;

describe('detectExport', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['WXR 1.2 over http', WXR('http://wordpress.org/export/1.2/'), 'wxr'],
    ['WXR 1.0 over https', WXR('https://wordpress.org/export/1.0/'), 'wxr'],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', undefined],
    [
      'a Ghost export',
      '{"db":[{"meta":{"exported_on":1616548552757,"version":"3.0.0"},"data":{"posts":[]}}]}',
      'ghost',
    ],
    ['a Ghost export without db', '{"meta":{"exported_on":1,"version":"5.0.0"},"data":{"posts":[]}}', 'ghost'],
    ['a package.json', '{"name":"x","version":"1.0.0"}', undefined],
    ['an HTML page', '<!DOCTYPE html><html><body><p>x</p></body></html>', undefined],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.equal(detectExport(bytes(text)), expected));
});

describe('notAStoryReason', () => {
  const cases: Array<[string, string, RegExp | undefined]> = [
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', /an RSS feed/],
    ['an Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>', /an Atom feed/],
    ['a config file', '<?xml version="1.0"?>\n<!-- x -->\n<settings><a/></settings>', /root element <settings>/],
    ['a JSON config', '{"compilerOptions":{}}', /JSON file that is not a Ghost export/],
    ['a JSON array', '[1, 2]', /JSON file/],
    ['broken JSON', '{"a": ', /does not parse/],
    ['plain text', 'Headline\n\nA paragraph.', undefined],
    ['text in brackets', '[Updated] Headline\n\nText', undefined],
    ['text that opens with an angle bracket', '<Breaking> Headline\n\nText of the story.', undefined],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => {
      const reason = notAStoryReason(text);
      if (expected) assert.match(reason ?? '', expected);
      else assert.equal(reason, undefined);
    });
  it('reads the root element past a doctype', () =>
    assert.equal(xmlRootName('<?xml version="1.0"?><!DOCTYPE x [ <!ENTITY a "b"> ]><x/>'), 'x'));
});
