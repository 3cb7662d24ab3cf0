/**
 * A picture in a news page as an image block: the real source behind
 * lazy-loading tricks, and its caption split from the photo credit that news
 * sites print in the same line ("… (AP Photo/Ahn Young-joon)").
 */
import type { ImageBlock } from '../../story/parsed-story';
import { visibleText } from './html-inline';

const LAZY_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-full-src', 'data-hi-res-src', 'data-url'];
const CREDIT_CLASS = /(?:^|[-_\s])(?:credit|copyright|photo-?credit|image-?credit|source|byline)(?:$|[-_\s])/i;
// A trailing parenthesis naming an agency or a photographer, or "Photo: …" at the end.
const TRAILING_CREDIT =
  /\s*\(([^()]*?(?:photo|foto|credit|getty|reuters|afp|\bap\b|epa|xinhua|yonhap|kcna|sputnik|©)[^()]*)\)\s*$/i;
const LABELLED_CREDIT =
  /(?:^|(?<=[.!?])\s+)(?:photo(?:graph)?|picture|credit|foto)s?(?:\s+by)?\s*[:：]\s*([^.]{2,200})\.?\s*$/i;
const PLACEHOLDER_SRC = /^data:image\/(?:gif|png);base64,.{0,200}$|^about:blank$/i;

/** The largest candidate of a srcset ("a.jpg 480w, b.jpg 1080w" → b.jpg). */
function largestOf(srcset: string | null): string | undefined {
  if (!srcset) return undefined;
  const candidates = srcset
    .split(/,\s+(?=\S)/)
    .map((part) => {
      const [url, size = '1x'] = part.trim().split(/\s+/);
      return { url, weight: parseFloat(size) * (size.endsWith('w') ? 1 : 1000) || 0 };
    })
    .filter((candidate) => candidate.url);
  candidates.sort((a, b) => b.weight - a.weight);
  return candidates[0]?.url;
}

export function imageSource(img: Element): string | undefined {
  const src = img.getAttribute('src')?.trim();
  const lazy = LAZY_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim()).find(Boolean);
  const fromSet = largestOf(img.getAttribute('srcset') ?? img.getAttribute('data-srcset'));
  const fromPicture =
    img.parentElement?.tagName === 'PICTURE'
      ? largestOf(img.parentElement.querySelector('source')?.getAttribute('srcset') ?? null)
      : undefined;
  const real = src && !PLACEHOLDER_SRC.test(src) ? src : undefined;
  return lazy ?? real ?? fromSet ?? fromPicture;
}

/** Tracking pixels and spacers: declared 1–2 px wide or high. */
export const isTrackingPixel = (img: Element) =>
  ['width', 'height'].some((name) => {
    const value = Number(img.getAttribute(name));
    return Number.isFinite(value) && value > 0 && value <= 2;
  });

export function splitCaption(figcaption: Element | null | undefined): { caption?: string; credit?: string } {
  if (!figcaption) return {};
  const creditElement = Array.from(figcaption.querySelectorAll('*')).find(
    (el) => CREDIT_CLASS.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'copyrightHolder'
  );
  let credit = creditElement ? visibleText(creditElement) : undefined;
  const clone = figcaption.cloneNode(true) as Element;
  if (creditElement) {
    const path: number[] = [];
    for (let el: Element | null = creditElement; el && el !== figcaption; el = el.parentElement)
      path.unshift(Array.from(el.parentElement!.children).indexOf(el));
    let target: Element = clone;
    for (const index of path) target = target.children[index];
    target.remove();
  }
  let caption = visibleText(clone);
  if (!credit) {
    const match = TRAILING_CREDIT.exec(caption) ?? LABELLED_CREDIT.exec(caption);
    if (match) {
      credit = match[1].trim();
      caption = caption.slice(0, match.index).trim();
    }
  }
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

export function imageBlock(img: Element, figcaption?: Element | null): ImageBlock | undefined {
  const src = imageSource(img);
  if (!src || isTrackingPixel(img)) return undefined;
  const alt = img.getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  return { kind: 'image', src, ...(alt ? { alt } : {}), ...splitCaption(figcaption) };
}
