import sharp from 'sharp';

/** What covers and body images may be, told by their bytes. */
export const IMAGE_KINDS = ['png', 'jpeg', 'gif', 'webp', 'avif'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export type ImageCheck = { ok: true; kind: ImageKind } | { ok: false; reason: string };

/**
 * Reads the file's format from its content (never its name or declared type) and decodes every pixel
 * of every frame, so a truncated or corrupt image is found here and not by a reader's browser. SVG,
 * which can carry scripts, is no image kind here. `maxPixels` keeps a decompression bomb from taking
 * the server's memory.
 */
export async function checkImage(file: string, maxPixels = 100_000_000): Promise<ImageCheck> {
  let format: string | undefined;
  let compression: string | undefined;
  try {
    ({ format, compression } = await sharp(file, { limitInputPixels: maxPixels }).metadata());
  } catch {
    return { ok: false, reason: 'is not an image' };
  }
  const kind = format === 'heif' ? (compression === 'av1' ? 'avif' : undefined) : format;
  if (!IMAGE_KINDS.includes(kind as ImageKind))
    return { ok: false, reason: `is ${format ?? 'an unknown format'}, not a PNG, JPEG, GIF, WebP or AVIF image` };
  try {
    await sharp(file, { animated: true, failOn: 'error', limitInputPixels: maxPixels }).stats();
  } catch {
    return { ok: false, reason: `is a damaged ${kind} image` };
  }
  return { ok: true, kind: kind as ImageKind };
}
