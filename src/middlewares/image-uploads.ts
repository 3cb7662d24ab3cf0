import type { Core } from '@strapi/strapi';
import type { Next, RequestContext } from '../request-context';
import { checkImage } from '../limits/image-content';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

/** The upload routes: the content API's and the admin panel's (Media Library, covers, body images). */
const UPLOAD_PATHS = new Set(['/api/upload', '/upload']);

const filesOf = (files: unknown): UploadedFile[] =>
  files === null || typeof files !== 'object'
    ? []
    : Array.isArray(files)
      ? files.flatMap(filesOf)
      : 'filepath' in files
        ? [files as UploadedFile]
        : Object.values(files).flatMap(filesOf);

/**
 * Answered here rather than thrown: strapi::body removes the uploaded temporary files only when the
 * rest of the chain returns.
 */
function refuse(ctx: RequestContext, status: number, name: string, message: string, details: object) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}

/**
 * After strapi::body has parsed a multipart upload and before the upload plugin stores anything: every
 * file must be a whole PNG, JPEG, GIF, WebP or AVIF image by its content, at most `maxBytes`.
 */
export default (config: { maxBytes?: number } = {}, { strapi }: { strapi: Core.Strapi }) => {
  void strapi;
  const maxBytes = config.maxBytes ?? 10 * 1024 * 1024;
  return async (ctx: RequestContext, next: Next) => {
    if (ctx.method === 'POST' && UPLOAD_PATHS.has(ctx.path)) {
      for (const file of filesOf((ctx.request as { files?: unknown }).files)) {
        const name = file.originalFilename ?? 'the file';
        if (file.size > maxBytes)
          return refuse(ctx, 413, 'PayloadTooLargeError', `${name} is larger than ${maxBytes} bytes`, { maxBytes });
        const check = await checkImage(file.filepath);
        if (!check.ok) return refuse(ctx, 400, 'ValidationError', `${name} ${check.reason}`, { file: name });
      }
    }
    await next();
  };
};
