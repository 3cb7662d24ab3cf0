import type { Core, UID } from '@strapi/strapi';
import { randomBytes } from 'crypto';
import { DEFAULT_RESERVED_SLUGS, type NewsroomConfig, type SlugOptions } from '../config';
import { singularName } from '../schemas';
import { fieldError } from '../strapi-errors';
import { slugify } from '../text/slugify';
import { peekLastSuffix, takeNextSuffix } from '../database/slug-counters';

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const slugConflict = (strapi: Core.Strapi, field: string, slug: string) =>
  fieldError(
    strapi,
    field,
    `The ${field} "${slug}" is already used`,
    slug,
    `The ${field} "${slug}" is already used by another document`
  );

const reservedSlug = (strapi: Core.Strapi, field: string, slug: string) =>
  fieldError(strapi, field, `The ${field} "${slug}" is reserved`, slug);

/** Cuts `base` at a word boundary so that `base-suffix` fits in `max`. */
export const withSuffix = (base: string, suffix: number, max: number) => {
  if (suffix <= 1) return base;
  const tail = `-${suffix}`;
  let head = base;
  if (head.length + tail.length > max) {
    head = head.slice(0, max - tail.length);
    const boundary = head.lastIndexOf('-');
    head = boundary > 0 ? head.slice(0, boundary) : head.replace(/-+$/, '');
  }
  return `${head}${tail}`;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;

  const isReserved = (slug: string) => (config().reservedSlugs ?? DEFAULT_RESERVED_SLUGS).includes(slug);

  /** Whether any row (draft or published) of another document holds `slug` (in `locale`, when localized). */
  const isTaken = async (uid: string, field: string, slug: string, documentId?: string, locale?: string) => {
    const where: Record<string, unknown> = { [field]: slug };
    if (documentId) where.documentId = { $ne: documentId };
    if (locale) where.locale = locale;
    const row = await strapi.db.query(uid as UID.Schema).findOne({ select: ['id'], where });
    return Boolean(row);
  };

  return {
    /** Normalises what a client sent; '' when nothing usable is left. */
    normalize(value: unknown) {
      return typeof value === 'string' ? slugify(value, config().slugMaxLength) : '';
    },

    /** The base a document's slug is generated from, never empty. */
    baseFor(uid: string, source: unknown) {
      const base = typeof source === 'string' ? slugify(source, config().slugMaxLength) : '';
      if (base) return base;
      return `${slugify(singularName(strapi, uid))}-${randomBytes(3).toString('hex')}`;
    },

    /**
     * A free slug for `source`: the base itself when free, else `base-N` with
     * N from the counter, so a repeated title costs the same the 1000th time.
     */
    async generate(uid: string, options: SlugOptions, source: unknown, documentId?: string, locale?: string) {
      const max = config().slugMaxLength;
      const base = this.baseFor(uid, source);
      if (!isReserved(base) && !(await isTaken(uid, options.field, base, documentId, locale))) return base;
      for (;;) {
        let n = await takeNextSuffix(strapi, uid, base, locale);
        if (n === 1) n = await takeNextSuffix(strapi, uid, base, locale);
        const candidate = withSuffix(base, n, max);
        if (!isReserved(candidate) && !(await isTaken(uid, options.field, candidate, documentId, locale))) {
          return candidate;
        }
      }
    },

    /**
     * What `generate` would give now, without taking a counter number: the
     * admin panel shows it as the editor types the title.
     */
    async propose(uid: string, options: SlugOptions, source: unknown, documentId?: string, locale?: string) {
      const max = config().slugMaxLength;
      const base = this.baseFor(uid, source);
      if (!isReserved(base) && !(await isTaken(uid, options.field, base, documentId, locale))) return base;
      let n = Math.max(2, (await peekLastSuffix(strapi, uid, base, locale)) + 1);
      for (; ; n++) {
        const candidate = withSuffix(base, n, max);
        if (!isReserved(candidate) && !(await isTaken(uid, options.field, candidate, documentId, locale))) {
          return candidate;
        }
      }
    },

    async isFree(uid: string, options: SlugOptions, slug: string, documentId?: string, locale?: string) {
      return (
        SLUG_SHAPE.test(slug) && !isReserved(slug) && !(await isTaken(uid, options.field, slug, documentId, locale))
      );
    },

    /** Validates a slug a client chose; throws a 400 naming the field. */
    async claim(uid: string, options: SlugOptions, slug: string, documentId?: string, locale?: string) {
      if (!SLUG_SHAPE.test(slug)) throw slugConflict(strapi, options.field, slug);
      if (isReserved(slug)) throw reservedSlug(strapi, options.field, slug);
      if (await isTaken(uid, options.field, slug, documentId, locale)) throw slugConflict(strapi, options.field, slug);
      return slug;
    },

    /** Whether `slug` is what generation gives for `source`, with or without a suffix. */
    follows(slug: string | null | undefined, source: unknown) {
      if (!slug || typeof source !== 'string') return !slug;
      const base = slugify(source, config().slugMaxLength);
      if (!base) return /-[0-9a-f]{6}$/.test(slug);
      if (slug === base) return true;
      const match = /^(.*)-(\d+)$/.exec(slug);
      return Boolean(match && base.startsWith(match[1]));
    },
  };
};
