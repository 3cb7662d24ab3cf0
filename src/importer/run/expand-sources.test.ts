import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { expandSources } from './expand-sources';

let dir: string;
const write = (file: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), 'x');
};

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expand-sources-'));
  [
    'a.txt',
    'b.HTML',
    'notes.md',
    'photo.jpg',
    '2023/story-10.txt',
    '2023/story-9.txt',
    'page.html',
    'page_files/ad-frame.html',
    'page_files/pic.png',
    '.hidden.txt',
  ].forEach(write);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((file) => path.relative(dir, file).split(path.sep).join('/'));

const cases: Array<{ name: string; args: string[]; files: string[]; unmatched?: string[] }> = [
  { name: 'a file as named, whatever its extension', args: ['photo.jpg'], files: ['photo.jpg'] },
  {
    name: 'a folder: its text and HTML files at any depth, in natural order, without saved-page assets or hidden files',
    args: ['.'],
    files: ['2023/story-9.txt', '2023/story-10.txt', 'a.txt', 'b.HTML', 'page.html'],
  },
  { name: 'a glob', args: ['2023/*.txt'], files: ['2023/story-9.txt', '2023/story-10.txt'] },
  { name: 'the same file twice is imported once', args: ['a.txt', './a.txt', '*.txt'], files: ['a.txt'] },
  {
    name: 'names that match nothing are reported',
    args: ['missing.txt', 'nothing/*.html', 'a.txt'],
    files: ['a.txt'],
    unmatched: ['missing.txt', 'nothing/*.html'],
  },
];

for (const c of cases) {
  test(`expandSources: ${c.name}`, async () => {
    const { files, unmatched } = await expandSources(c.args, dir);
    assert.deepEqual(rel(files), c.files);
    assert.deepEqual(unmatched, c.unmatched ?? []);
  });
}
