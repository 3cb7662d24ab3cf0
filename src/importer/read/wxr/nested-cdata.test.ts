import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NestedCdataRepair } from './nested-cdata';

const repair = (chunks: string[]) => {
  const repairer = new NestedCdataRepair();
  return chunks.map((chunk) => repairer.push(chunk)).join('') + repairer.end();
};

describe('NestedCdataRepair', () => {
  const cases: Array<[string, string[], string]> = [
    ['leaves plain CDATA alone', ['<a><![CDATA[x & y]]></a>'], '<a><![CDATA[x & y]]></a>'],
    ['leaves text without CDATA alone', ['<a>]]&gt;</a>'], '<a>]]&gt;</a>'],
    [
      'keeps a nested CDATA as text',
      ['<c><![CDATA[Content with nested <![CDATA[ tags ]]> :)]]></c>'],
      '<c><![CDATA[Content with nested <![CDATA[ tags ]]]]><![CDATA[> :)]]></c>',
    ],
    [
      'holds a marker cut between chunks',
      ['<c><![CD', 'ATA[a <![CDATA[b]', ']> c]', ']></c>'],
      '<c><![CDATA[a <![CDATA[b]]]]><![CDATA[> c]]></c>',
    ],
    ['keeps a lone ]]> as text', ['<v><![CDATA[]]>]]></v>'], '<v><![CDATA[]]]]><![CDATA[>]]></v>'],
    [
      'reads the section to the ]]> before the next tag',
      ['<v><![CDATA[This has <![CDATA[ opening and ]]> closing <![CDATA[ tags like this: ]]>]]></v>'],
      '<v><![CDATA[This has <![CDATA[ opening and ]]]]><![CDATA[> closing <![CDATA[ tags like this: ]]]]><![CDATA[>]]></v>',
    ],
    ['two sections in a row', ['<a><![CDATA[1]]></a><b><![CDATA[2]]></b>'], '<a><![CDATA[1]]></a><b><![CDATA[2]]></b>'],
  ];
  for (const [name, chunks, expected] of cases) it(name, () => assert.equal(repair(chunks), expected));
  it('gives the same result one character at a time', () => {
    const input = '<c><![CDATA[Content with nested <![CDATA[ tags ]]> :)]]></c>';
    assert.equal(repair([...input]), repair([input]));
  });
});
