import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { ErrorAnswer } from './support/answers';
import { adminJwt, apiToken, http } from './support/api';

interface UploadedFile {
  id: number;
  name: string;
  mime: string;
}

const MB = 1024 * 1024;
const stored: number[] = [];

const fileCount = async () => (await http<UploadedFile[]>('/api/upload/files', { token: apiToken })).body.length;

async function upload(bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  // A copy: Blob wants bytes over a plain ArrayBuffer, which a Buffer's may not be.
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const answer = await http<UploadedFile[] | ErrorAnswer>('/api/upload', {
    method: 'POST',
    token: apiToken,
    body: form,
  });
  if (answer.status === 201) stored.push(...(answer.body as UploadedFile[]).map((file) => file.id));
  return answer;
}

/** A picture with some detail (small by default), so its encoded data is long enough to damage in the middle. */
const picture = (width = 64, height = 48) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  });

let png: Buffer;
let images: [string, string, Buffer][] = [];

before(async () => {
  png = await picture().png().toBuffer();
  images = [
    ['photo.png', 'image/png', png],
    ['photo.jpg', 'image/jpeg', await picture().jpeg().toBuffer()],
    ['photo.gif', 'image/gif', await picture().gif().toBuffer()],
    ['photo.webp', 'image/webp', await picture().webp().toBuffer()],
    ['photo.avif', 'image/avif', await picture().avif().toBuffer()],
  ];
});

after(async () => {
  for (const id of stored) await http(`/api/upload/files/${id}`, { method: 'DELETE', token: apiToken });
});

const assertRefused = async (answer: { status: number; body: unknown }, status: number, before: number) => {
  const body = answer.body as ErrorAnswer;
  assert.equal(answer.status, status, JSON.stringify(answer.body).slice(0, 300));
  assert.equal(body.data, null);
  assert.equal(body.error.status, status);
  assert.equal(typeof body.error.message, 'string');
  assert.equal(await fileCount(), before, 'a refused upload stored a file');
};

describe('uploads: only whole PNG, JPEG, GIF, WebP and AVIF images, told by their content', () => {
  it('stores each of the five image kinds', async () => {
    for (const [name, type, bytes] of images) {
      const answer = await upload(bytes, name, type);
      assert.equal(answer.status, 201, `${name}: ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
  });

  it('stores a real image whatever its name and declared type say', async () => {
    const answer = await upload(png, 'scan.bin', 'application/octet-stream');
    assert.equal(answer.status, 201, JSON.stringify(answer.body).slice(0, 300));
  });

  const refusals: [string, () => [Uint8Array, string, string]][] = [
    [
      'an SVG, even named and declared as a PNG',
      () => [
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
        ),
        'logo.png',
        'image/png',
      ],
    ],
    ['an SVG as itself', () => [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg', 'image/svg+xml']],
    ['text named as a JPEG', () => [Buffer.from('just some words, not a picture'), 'photo.jpg', 'image/jpeg']],
    ['an HTML page', () => [Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.gif', 'image/gif']],
    ['a TIFF (an image, but not one a browser shows)', () => [tiff, 'scan.tiff', 'image/tiff']],
    ['a PNG cut off halfway', () => [png.subarray(0, Math.floor(png.length / 2)), 'cut.png', 'image/png']],
    [
      'a PNG damaged in its image data',
      () => {
        const damaged = Buffer.from(png);
        for (let i = Math.floor(damaged.length / 3); i < Math.floor(damaged.length / 3) + 64; i += 1)
          damaged[i] ^= 0xa5;
        return [damaged, 'damaged.png', 'image/png'];
      },
    ],
    ['a JPEG cut off', () => [jpegCut, 'cut.jpg', 'image/jpeg']],
  ];
  let tiff: Buffer;
  let jpegCut: Buffer;
  before(async () => {
    tiff = await picture().tiff().toBuffer();
    const jpeg = await picture(400, 300).jpeg().toBuffer();
    jpegCut = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
  });

  for (const [name, make] of refusals)
    it(`refuses ${name} with a 400 and stores nothing`, async () => {
      const count = await fileCount();
      const [bytes, file, type] = make();
      const answer = await upload(bytes, file, type);
      await assertRefused(answer, 400, count);
      assert.equal((answer.body as ErrorAnswer).error.name, 'ValidationError');
    });

  it('refuses a file over 10 MB with a 413 and stores nothing', async () => {
    const count = await fileCount();
    const big = Buffer.concat([png, Buffer.alloc(10 * MB + 1)]);
    await assertRefused(await upload(big, 'huge.png', 'image/png'), 413, count);
  });

  it('refuses an SVG sent through the admin panel’s upload route too', async () => {
    const count = await fileCount();
    const form = new FormData();
    form.append('files', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }), 'a.svg');
    const answer = await http<ErrorAnswer>('/upload', { method: 'POST', token: adminJwt, body: form });
    await assertRefused(answer, 400, count);
  });

  it('refuses the whole upload when one of several files is bad', async () => {
    const count = await fileCount();
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'good.png');
    form.append('files', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/png' }), 'bad.png');
    const answer = await http<ErrorAnswer>('/api/upload', { method: 'POST', token: apiToken, body: form });
    await assertRefused(answer, 400, count);
  });
});
