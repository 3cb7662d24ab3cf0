/**
 * Brings a story's pictures into the media library. A saved page keeps them
 * next to it ("Story_files/photo.jpg"), inline as data: URLs, or on the
 * site's CDN. Each picture is named after its content (or, for a remote one,
 * its address), so importing the story again finds the picture it uploaded
 * the first time instead of uploading a copy.
 */
import type { Core } from '@strapi/strapi';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';
import { StoryError, type ImageBlock } from '../story/parsed-story';

const FILE = 'plugin::upload.file';

export interface ImageStoreOptions {
  /** fetch pictures from http(s) addresses (off: only files next to the story and data: URLs) */
  fetchRemote?: boolean;
  /** look up what exists, upload nothing */
  dryRun?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface ImageContext {
  /** the story file, for pictures given relative to it */
  file: string;
  baseUrl?: string;
  warnings: string[];
  /** removes what was stored on disk when the story's transaction rolls back */
  onRollback: (undo: () => Promise<void>) => void;
}

export type ImageStore = (block: ImageBlock, context: ImageContext) => Promise<number | null>;

type Located =
  | { kind: 'bytes'; bytes: Buffer; base: string }
  | { kind: 'local'; file: string }
  | { kind: 'remote'; url: string }
  | { kind: 'missing'; reason: string };

/** What this reads of the upload plugin, whose services and provider Strapi types as open records. */
interface StoredFile {
  id: number;
  formats?: Record<string, object> | null;
}
interface ImageManipulation {
  isImage(file: { filepath: string }): Promise<boolean>;
}
interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText?: string; caption?: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<StoredFile[]>;
}
interface UploadProvider {
  delete(file: object): Promise<unknown>;
}

const MIME_BY_SIGNATURE: Array<[string, string, (b: Buffer) => boolean]> = [
  ['image/png', '.png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', '.jpg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', '.gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'image/webp',
    '.webp',
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  ['image/avif', '.avif', (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif'],
];

const sha8 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 12);

/** A readable, filesystem-safe stem of a picture's original name. */
const stemOf = (name: string) =>
  path
    .basename(name, path.extname(name))
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'image';

function locate(src: string, context: ImageContext): Located {
  if (/^data:/i.test(src)) {
    const match = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(src);
    if (!match) return { kind: 'missing', reason: 'an unreadable data: URL' };
    const bytes = match[3] ? Buffer.from(match[4], 'base64') : Buffer.from(decodeURIComponent(match[4]), 'utf8');
    return { kind: 'bytes', bytes, base: 'image' };
  }
  if (/^file:/i.test(src)) return { kind: 'local', file: fileURLToPath(src) };
  if (/^https?:\/\//i.test(src)) return { kind: 'remote', url: src };
  if (src.startsWith('//')) return { kind: 'remote', url: `https:${src}` };
  const relative = src.split(/[?#]/)[0];
  let local: string | undefined;
  try {
    local = path.resolve(path.dirname(context.file), decodeURIComponent(relative));
  } catch {
    local = undefined;
  }
  if (local && fs.existsSync(local) && fs.statSync(local).isFile()) return { kind: 'local', file: local };
  if (context.baseUrl) {
    try {
      return { kind: 'remote', url: new URL(src, context.baseUrl).href };
    } catch {
      // fall through: nothing to fetch
    }
  }
  return { kind: 'missing', reason: `${src} is not next to the story` };
}

async function fetchBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!response.ok) throw new Error(`answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new Error(`is ${declared} bytes, more than ${maxBytes}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error(`is ${bytes.length} bytes, more than ${maxBytes}`);
  return bytes;
}

export function createImageStore(strapi: Core.Strapi, options: ImageStoreOptions = {}): ImageStore {
  const { fetchRemote = true, dryRun = false, timeoutMs = 15_000, maxBytes = 20 * 1024 * 1024 } = options;
  const files = strapi.db.query(FILE);

  /**
   * A picture that came with the story (next to it, or inline) and cannot be
   * read is a damaged file: the story fails with the reason, as for any bad
   * file. One the web handed back wrong is the web's fault: a warning.
   */
  const unreadable = (message: string, withStory: boolean, context: ImageContext) => {
    if (withStory) throw new StoryError(message);
    context.warnings.push(`${message}; the image block keeps its caption only`);
    return null;
  };

  const upload = async (
    bytes: Buffer,
    name: string,
    block: ImageBlock,
    context: ImageContext,
    withStory: boolean
  ): Promise<number | null> => {
    const type = MIME_BY_SIGNATURE.find(([, , test]) => test(bytes));
    if (!type)
      return unreadable(`the picture ${block.src} is not a PNG, JPEG, GIF, WebP or AVIF image`, withStory, context);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-image-'));
    const filepath = path.join(tmp, `${name}${type[1]}`);
    try {
      fs.writeFileSync(filepath, bytes);
      // Strapi stores a file it cannot decode as a plain file, not as a picture: check first.
      const images = strapi.plugin('upload').service('image-manipulation') as ImageManipulation;
      if (!(await images.isImage({ filepath }))) {
        return unreadable(`the picture ${block.src} is damaged: it is not a valid image`, withStory, context);
      }
      const [stored] = await (strapi.plugin('upload').service('upload') as UploadService).upload({
        data: {
          fileInfo: {
            name,
            ...(block.alt ? { alternativeText: block.alt } : {}),
            ...(block.caption ? { caption: block.caption } : {}),
          },
        },
        files: { filepath, originalFilename: `${name}${type[1]}`, mimetype: type[0], size: bytes.length },
      });
      context.onRollback(async () => {
        const provider: UploadProvider = strapi.plugin('upload').provider;
        await provider.delete(stored);
        await Promise.all(Object.values(stored.formats ?? {}).map((format) => provider.delete(format)));
      });
      return stored.id;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  };

  return async (block, context) => {
    const located = locate(block.src, context);
    if (located.kind === 'missing') {
      context.warnings.push(`picture not found (${located.reason}); the image block keeps its caption only`);
      return null;
    }
    let bytes: Buffer | undefined;
    let name: string;
    if (located.kind === 'remote') {
      name = `${stemOf(new URL(located.url).pathname)}-${sha8(located.url)}`;
    } else {
      bytes = located.kind === 'bytes' ? located.bytes : fs.readFileSync(located.file);
      name = `${located.kind === 'bytes' ? located.base : stemOf(located.file)}-${sha8(bytes)}`;
    }

    const existing: Pick<StoredFile, 'id'> | null = await files.findOne({ where: { name }, select: ['id'] });
    if (existing) return existing.id;
    if (dryRun) return null;

    if (!bytes) {
      if (!fetchRemote) {
        context.warnings.push(
          `picture ${located.kind === 'remote' ? located.url : block.src} not fetched (remote pictures are off); the image block keeps its caption only`
        );
        return null;
      }
      try {
        bytes = await fetchBytes((located as { url: string }).url, timeoutMs, maxBytes);
      } catch (error) {
        context.warnings.push(
          `picture ${(located as { url: string }).url} could not be fetched (${(error as Error).message}); the image block keeps its caption only`
        );
        return null;
      }
    }
    return upload(bytes, name, block, context, located.kind !== 'remote');
  };
}
