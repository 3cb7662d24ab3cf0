/**
 * Turns the command line's files, folders and globs into the list of files
 * to import: a file as named, a folder's story files (text and HTML, at any
 * depth), a glob's matches. Browsers save a page's pictures and frames in a
 * "<page>_files" folder next to it; those frames are not stories.
 */
import fs from 'fs';
import path from 'path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const STORY_FILES = '**/*.{txt,text,htm,html,xhtml,shtml}';
// The companion folder's name as Chrome, Firefox and Safari write it in a few languages.
const SAVED_PAGE_ASSETS = [
  '**/*_files/**',
  '**/*-Dateien/**',
  '**/*_fichiers/**',
  '**/*_archivos/**',
  '**/*_arquivos/**',
  '**/*_bestanden/**',
];

export interface ExpandedSources {
  files: string[];
  /** arguments that named nothing: neither a file, a folder nor a glob with matches */
  unmatched: string[];
}

export async function expandSources(args: string[], cwd: string): Promise<ExpandedSources> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = fs.existsSync(absolute) ? fs.statSync(absolute) : undefined;
    let found: string[] = [];
    if (stat?.isFile()) found = [absolute];
    else if (stat?.isDirectory()) {
      found = await glob(STORY_FILES, {
        cwd: absolute,
        absolute: true,
        caseSensitiveMatch: false,
        ignore: SAVED_PAGE_ASSETS,
      });
    } else if (isDynamicPattern(arg)) {
      found = await glob(arg, { cwd, absolute: true });
    }
    if (!found.length) unmatched.push(arg);
    for (const file of found) files.add(path.normalize(file));
  }
  return { files: [...files].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), unmatched };
}
