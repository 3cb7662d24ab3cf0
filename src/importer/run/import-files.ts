/**
 * The one way stories come into the CMS from files: the command line
 * (scripts/import.ts) and the sample content seeded at first start both call
 * importFiles. Each file is read, parsed, checked and written on its own; a
 * file that fails is reported with its reason and the batch goes on.
 */
import type { Core } from '@strapi/strapi';
import fs from 'fs';
import { parseStory } from '../read/parse-story';
import { detectExport, HEAD_BYTES, type ExportFormat } from '../read/export/detect-export';
import { StoryError, type ParsedStory } from '../story/parsed-story';
import { describeSkipped, exportSourceId, exportStories, type ExportStory, type LinkAhead } from './import-export';
import { postSlugsHere } from '../write/post-slugs-here';
import { sourceIdFor } from '../write/source-id';
import { ensureSourceIdIndexes, isSourceIdConflict } from '../write/source-id-index';
import { createImageStore } from '../write/store-images';
import { writeStory, type Outcome } from '../write/write-story';
import { runLookups, type RunLookups } from '../write/run-lookups';

export const DEFAULT_AUTHOR = 'Newsroom Staff';
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const ATTEMPTS = 3;

export interface ImportOptions {
  publish?: boolean;
  /** parse, check and run every write, then roll each story back */
  dryRun?: boolean;
  /** the author of stories that name none */
  defaultAuthorName?: string;
  /** source identities of files are paths relative to this directory */
  root?: string;
  /** larger files are refused before they are read */
  maxBytes?: number;
  /** fetch pictures from http(s) addresses */
  fetchImages?: boolean;
  /** stories written at once, each in its own transaction */
  concurrency?: number;
}

export interface FileResult {
  file: string;
  /** the story's slug here */
  slug?: string;
  /** the post of a CMS export this result is for ("post 1241 (sticky)") */
  entry?: string;
  outcome: Outcome | 'failed';
  title?: string;
  documentId?: string;
  reason?: string;
  warnings: string[];
}

export interface ImportSummary {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** what CMS exports held that is not imported as stories, by kind ("pages": 15) */
  skipped: Record<string, number>;
  /** every failed file, and the first MAX_WARNED_LISTED files with warnings; the rest are only counted */
  reported: FileResult[];
  /** files with warnings past the first MAX_WARNED_LISTED, counted and not kept */
  warnedUnlisted: number;
  notices: string[];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// A title cut from a file's text is a slice that keeps the whole text alive; results outlive the
// file (the summary keeps every failure and warning), so they hold copies.
const detach = (text: string) => structuredClone(text);

/** What Strapi's validation errors and the database drivers' errors carry that the importer reads. */
interface FailureFields {
  name?: string;
  message?: string;
  code?: unknown;
  details?: { errors?: Array<{ path?: string[]; message?: string }> };
}

const fieldsOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as FailureFields) : undefined;

/** A reason a person can act on: Strapi's validation errors name the field. */
export function reasonOf(error: unknown): string {
  if (error instanceof StoryError) return error.message;
  const failure = fieldsOf(error);
  const details = failure?.details?.errors;
  if (Array.isArray(details) && details.length) {
    return details.map((detail) => `${(detail.path ?? []).join('.') || 'story'}: ${detail.message}`).join('; ');
  }
  return failure?.message ?? String(error);
}

/** Worth trying the whole story again: a race another writer won, or a busy database. */
function isRetryable(error: unknown): boolean {
  if (isSourceIdConflict(error)) return true;
  const failure = fieldsOf(error);
  if (/^(SQLITE_BUSY|SQLITE_LOCKED|40001$|40P01$)/.test(String(failure?.code))) return true;
  const paths = (failure?.details?.errors ?? []).map((detail) => (detail.path ?? []).join('.'));
  return failure?.name === 'ValidationError' && paths.includes('slug');
}

/** Strapi's answer to a relation naming a document that does not exist (any more). */
const namesMissingDocument = (error: unknown) =>
  fieldsOf(error)?.name === 'ValidationError' && /^Document with id .* not found$/.test(fieldsOf(error)?.message ?? '');

/** What the stories of one run share: where their pictures go, and what was looked up already. */
interface Run {
  images: ReturnType<typeof createImageStore>;
  lookups: RunLookups;
}

const failure = (file: string, error: unknown, title?: string, entry?: string): FileResult => ({
  file,
  ...(entry ? { entry } : {}),
  outcome: 'failed',
  ...(title ? { title: detach(title) } : {}),
  reason: detach(reasonOf(error)),
  warnings: [],
});

async function writeParsed(
  strapi: Core.Strapi,
  story: ParsedStory,
  sourceId: string,
  file: string,
  options: ImportOptions,
  run: Run,
  entry?: string
): Promise<FileResult> {
  // A source's own status (a CMS export's) wins over --publish, which is for files that carry none.
  const publish = story.status ? story.status === 'published' : options.publish;
  let lookedAgain = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const written = await writeStory(strapi, story, {
        sourceId,
        publish,
        unpublish: story.status === 'draft',
        dryRun: options.dryRun,
        defaultAuthorName: options.defaultAuthorName ?? DEFAULT_AUTHOR,
        images: run.images,
        lookups: run.lookups,
        file,
      });
      return {
        file,
        ...(entry ? { entry } : {}),
        outcome: written.outcome,
        title: detach(story.title),
        documentId: written.documentId,
        ...(written.slug ? { slug: written.slug } : {}),
        warnings: written.warnings.map(detach),
      };
    } catch (error) {
      // What the run remembered may lead to a document deleted since: once, look everything up again.
      if (!lookedAgain && namesMissingDocument(error) && run.lookups.clear()) {
        lookedAgain = true;
        continue;
      }
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      // Let the other writer finish before trying again.
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** The first bytes of a file: enough to tell a CMS export, which is streamed rather than read whole. */
function headOf(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return head.subarray(0, fs.readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

async function importExport(
  strapi: Core.Strapi,
  file: string,
  format: ExportFormat,
  options: ImportOptions,
  run: Run,
  emit: (result: FileResult) => void,
  summary: ImportSummary
) {
  let posts = 0;
  const onSkipped = (skipped: Record<string, number>) => {
    for (const [what, count] of Object.entries(skipped)) summary.skipped[what] = (summary.skipped[what] ?? 0) + count;
    const described = describeSkipped(skipped);
    if (described) summary.notices.push(`${file}: not imported as stories: ${described}`);
  };
  const slugsHere = postSlugsHere(strapi, exportSourceId);
  const stories = exportStories(strapi, file, format, onSkipped, slugsHere);
  const linkingAhead: { key: string; links: LinkAhead[] }[] = [];
  const write = async ({ label, story, error, linksAhead }: ExportStory) => {
    // The export counted as one file; each of its posts is one result.
    if (posts++) summary.total++;
    if (!story) return emit(failure(file, error, undefined, label));
    try {
      const sourceId = exportSourceId(story.sourceKey ?? `${file}#${label}`);
      const result = await writeParsed(strapi, story, sourceId, file, options, run, label);
      if (result.outcome !== 'failed') {
        if (story.sourceKey && result.slug) slugsHere.remember(story.sourceKey, result.slug);
        if (linksAhead) linkingAhead.push({ key: story.sourceKey ?? label, links: linksAhead });
      }
      emit(result);
    } catch (failed) {
      emit(failure(file, failed, story.title, label));
    }
  };
  // An export is one file and may be a whole archive: its posts are written in lanes like files are.
  // The reader hands out one post at a time (calls to next() queue), so memory holds one post a lane.
  const lane = async () => {
    for (let next = await stories.next(); !next.done; next = await stories.next()) await write(next.value);
  };
  const lanes = isPostgres(strapi) ? Math.max(1, options.concurrency ?? 1) : 1;
  await Promise.all(Array.from({ length: lanes }, lane));
  // A post that linked ahead to a post which then got another slug than the link asks is read again,
  // now with every link leading here. Its result stands as reported; only its links change.
  const again = new Set<string>();
  for (const { key, links } of linkingAhead) {
    for (const { asked, sourceKey } of links) {
      const here = await slugsHere.slugOf(sourceKey);
      if (here !== undefined && here !== asked) again.add(key);
    }
  }
  if (again.size) {
    for await (const { label, story, error } of exportStories(strapi, file, format, () => {}, slugsHere, again)) {
      try {
        if (!story) throw error;
        const sourceId = exportSourceId(story.sourceKey ?? `${file}#${label}`);
        await writeParsed(strapi, story, sourceId, file, options, run, label);
      } catch (failed) {
        summary.notices.push(`${file}: ${label}: its links to later posts could not be updated (${String(failed)})`);
      }
    }
  }
  if (!posts) summary.notices.push(`${file}: the export holds no posts`);
}

async function importSource(
  strapi: Core.Strapi,
  file: string,
  options: ImportOptions,
  run: Run,
  emit: (result: FileResult) => void,
  summary: ImportSummary
): Promise<void> {
  let title: string | undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new StoryError('not a file');
    // An export is streamed, post by post: the size limit is for a story's file.
    const format = detectExport(headOf(file));
    if (format) return await importExport(strapi, file, format, options, run, emit, summary);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (stat.size > maxBytes) {
      throw new StoryError(
        `the file is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} a story file may be (--max-size to allow more)`
      );
    }
    const story = parseStory(fs.readFileSync(file));
    title = story.title;
    emit(await writeParsed(strapi, story, sourceIdFor(story, file, options.root ?? process.cwd()), file, options, run));
  } catch (error) {
    emit(failure(file, error, title));
  }
}

/** Files handed out one at a time, for lanes (and processes) that take the next when they are free. */
export interface FileSource {
  total: number;
  /** the next file, or undefined when there is none left */
  take(): Promise<string | undefined>;
}

const fromList = (files: string[]): FileSource => {
  let next = 0;
  return { total: files.length, take: async () => files[next++] };
};

/**
 * Files with warnings listed in a summary. An archive of drafts has a warning a post: holding every one
 * for the report would make memory grow with the archive, and nobody reads the 200 000th line.
 */
export const MAX_WARNED_LISTED = 1000;

/** Counts one file's result into a summary. */
export function tally(summary: ImportSummary, result: FileResult) {
  summary[result.outcome]++;
  if (result.outcome === 'failed') summary.reported.push(result);
  else if (result.warnings.length) {
    if (summary.reported.length - summary.failed < MAX_WARNED_LISTED) summary.reported.push(result);
    else summary.warnedUnlisted++;
  }
}

export const emptySummary = (total: number): ImportSummary => ({
  total,
  created: 0,
  updated: 0,
  unchanged: 0,
  failed: 0,
  skipped: {},
  reported: [],
  warnedUnlisted: 0,
  notices: [],
});

export async function importFiles(
  strapi: Core.Strapi,
  files: string[] | FileSource,
  options: ImportOptions = {},
  onFile?: (result: FileResult, done: number, total: number) => void
): Promise<ImportSummary> {
  const source = Array.isArray(files) ? fromList(files) : files;
  const summary = emptySummary(source.total);
  if (!options.dryRun) {
    const notice = await ensureSourceIdIndexes(strapi);
    if (notice) summary.notices.push(notice);
  }
  const run: Run = {
    images: createImageStore(strapi, { fetchRemote: options.fetchImages ?? true, dryRun: options.dryRun }),
    lookups: runLookups(strapi),
  };
  let done = 0;
  const lane = async () => {
    for (let file = await source.take(); file !== undefined; file = await source.take()) {
      await importSource(
        strapi,
        file,
        options,
        run,
        (result) => {
          tally(summary, result);
          onFile?.(result, ++done, summary.total);
        },
        summary
      );
    }
  };
  // SQLite lets one writer in at a time: more lanes would only queue for its one connection.
  const lanes = isPostgres(strapi) ? Math.max(1, options.concurrency ?? 1) : 1;
  await Promise.all(Array.from({ length: lanes }, lane));
  return summary;
}

export const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect?.client === 'postgres';
