import type { Core, UID } from '@strapi/strapi';
import { AsyncLocalStorage } from 'async_hooks';
import type { ContentTypeOptions, NewsroomConfig, ReadingOptions } from '../config';
import { isSlugConflict } from '../database/slug-indexes';
import { slugConflict } from '../services/slugs';
import { columnName, hasDraftAndPublish, isLocalized, modelAttributes } from '../schemas';

type Data = Record<string, unknown>;
type Params = { documentId?: string; locale?: unknown; status?: string; data?: Data; [key: string]: unknown };
export type Ctx = { uid: string; action: string; params: Params };
type Next = () => Promise<unknown>;
type Row = Data & { id: number; documentId?: string; locale?: string | null };

/**
 * The one place every write passes through — admin panel, REST, GraphQL,
 * scripts — so slugs and derived fields come out the same on every path.
 * A document service middleware, not a database lifecycle: with draft &
 * publish those fire several times per document, and bulk queries skip them.
 * A localized type is handled one locale at a time: slugs, counters and
 * redirects are per locale, and so are the derived fields.
 */

// A generated slug can lose a race to another writer; the unique index
// rejects the loser, which then tries again with a fresh slug.
const attempts = new AsyncLocalStorage<number>();
const MAX_ATTEMPTS = 8;

const has = (data: object, key: string | undefined): key is string =>
  key !== undefined && Object.prototype.hasOwnProperty.call(data, key);

const copyParams = (params: Params): Params => ({ ...params, data: params.data ? { ...params.data } : params.data });

const NESTED = new Set(['component', 'dynamiczone']);

export const createDeriveOnWrite = (strapi: Core.Strapi) => {
  const plugin = () => strapi.plugin('newsroom');
  const slugs = () => plugin().service('slugs');
  const redirects = () => plugin().service('redirects');
  const reading = () => plugin().service('reading');
  const optionsFor = (uid: string): ContentTypeOptions | undefined =>
    (strapi.config.get('plugin::newsroom') as NewsroomConfig).contentTypes[uid];
  const query = (uid: string) => strapi.db.query(uid as UID.Schema);

  /** The one locale a write touches; undefined for a type that is not localized, or for all locales ('*'). */
  const localeOf = async (uid: string, params: Params): Promise<string | undefined> => {
    if (!isLocalized(strapi, uid)) return undefined;
    if (typeof params.locale === 'string') return params.locale === '*' ? undefined : params.locale;
    if (params.locale === undefined || params.locale === null) {
      return (await strapi.plugin('i18n')?.service('locales').getDefaultLocale()) as string | undefined;
    }
    return undefined;
  };

  const findRows = (
    uid: string,
    documentId: string,
    live: boolean,
    fields: string[],
    locale?: string,
    populate?: object
  ) =>
    query(uid).findMany({
      select: ['id', 'documentId', ...(isLocalized(strapi, uid) ? ['locale'] : []), ...fields],
      where: { documentId, publishedAt: live ? { $notNull: true } : { $null: true }, ...(locale ? { locale } : {}) },
      ...(populate && Object.keys(populate).length ? { populate } : {}),
    }) as Promise<Row[]>;

  const findRow = async (...args: Parameters<typeof findRows>) => (await findRows(...args))[0];

  /** After a write makes `newSlug` live: the old live slug keeps leading here, and nobody else's redirect holds the new one. */
  const wentLive = async (uid: string, documentId: string, oldSlug: unknown, newSlug: unknown, locale?: string) => {
    if (typeof newSlug === 'string' && newSlug) await redirects().release(uid, newSlug, locale);
    if (typeof oldSlug === 'string' && oldSlug && newSlug && oldSlug !== newSlug) {
      await redirects().remember(uid, oldSlug, documentId, locale);
    }
  };

  /** Runs the write; a lost race on a generated slug retries the whole action, anything else is a 400. */
  const write = async (ctx: Ctx, next: Next, original: Params, field: string | undefined, generated: boolean) => {
    try {
      return await next();
    } catch (error) {
      const table = strapi.db.metadata.get(ctx.uid).tableName;
      if (!field || !isSlugConflict(error, table, columnName(strapi, ctx.uid, field))) throw error;
      const attempt = attempts.getStore() ?? 1;
      if (generated && attempt < MAX_ATTEMPTS && !strapi.db.inTransaction()) {
        const documents = strapi.documents(ctx.uid as UID.ContentType) as unknown as Record<
          string,
          (params: Params) => Promise<unknown>
        >;
        return attempts.run(attempt + 1, () => documents[ctx.action](original));
      }
      throw slugConflict(strapi, field, String(ctx.params.data?.[field] ?? ''));
    }
  };

  /** Derived values of a write, from what it sends over what is stored. */
  const deriveFor = async (ctx: Ctx, r: ReadingOptions, data: Data, stored: () => Promise<Data | undefined>) => {
    const inputs = reading().inputs(r);
    if (!inputs.some((field: string) => has(data, field))) {
      for (const derived of reading().derivedFields(r)) delete data[derived];
      return;
    }
    const current = inputs.every((field: string) => has(data, field)) ? {} : ((await stored()) ?? {});
    Object.assign(data, reading().derive(ctx.uid, r, { ...current, ...data }));
  };

  /** Slug and derived fields of a version written for the first time (a new document, or a new locale of one). */
  const firstVersion = async (
    ctx: Ctx,
    next: Next,
    options: ContentTypeOptions,
    locale: string | undefined,
    documentId?: string
  ) => {
    const original = copyParams(ctx.params);
    const data = (ctx.params.data ??= {});
    if (options.reading && ctx.action !== 'clone')
      Object.assign(data, reading().derive(ctx.uid, options.reading, data));
    let generated = false;
    const slug = options.slug;
    if (slug) {
      const requested = slugs().normalize(data[slug.field]);
      let source = data[slug.source];
      if (!requested && source === undefined && ctx.action === 'clone' && ctx.params.documentId) {
        source = (await findRow(ctx.uid, ctx.params.documentId, false, [slug.source], locale))?.[slug.source];
      }
      generated = !requested;
      data[slug.field] = requested
        ? await slugs().claim(ctx.uid, slug, requested, documentId, locale)
        : await slugs().generate(ctx.uid, slug, source, documentId, locale);
    }
    const result = (await write(ctx, next, original, slug?.field, generated)) as Row | null;
    const isLive = !hasDraftAndPublish(strapi, ctx.uid) || ctx.params.status === 'published';
    if (slug && isLive && result?.documentId && ctx.action !== 'clone') {
      await wentLive(ctx.uid, result.documentId, undefined, data[slug.field], locale);
    }
    return result;
  };

  const onCreate = async (ctx: Ctx, next: Next, options: ContentTypeOptions) =>
    firstVersion(ctx, next, options, await localeOf(ctx.uid, ctx.params));

  const onUpdate = async (ctx: Ctx, next: Next, options: ContentTypeOptions) => {
    const { documentId, data } = ctx.params;
    if (!documentId || !data) return next();
    const locale = await localeOf(ctx.uid, ctx.params);
    const original = copyParams(ctx.params);
    const draftAndPublish = hasDraftAndPublish(strapi, ctx.uid);
    const attributes = modelAttributes(strapi, ctx.uid);
    const slug = options.slug;
    const r = options.reading;
    const fields = [slug?.field, slug?.source, draftAndPublish ? 'firstPublishedAt' : undefined].filter(
      (field): field is string => Boolean(field && attributes[field])
    );
    const current = await findRow(ctx.uid, documentId, !draftAndPublish, fields, locale);
    if (!current) {
      // An update in a locale the document does not have yet creates that locale.
      const exists = await query(ctx.uid).findOne({ select: ['id'], where: { documentId } });
      return exists ? firstVersion(ctx, next, options, locale, documentId) : next();
    }
    const live = draftAndPublish && slug ? await findRow(ctx.uid, documentId, true, [slug.field], locale) : current;

    if (r) {
      await deriveFor(ctx, r, data, async () => {
        const missing = reading()
          .inputs(r)
          .filter((field: string) => !has(data, field) && attributes[field]);
        const nested = missing.filter((field: string) => NESTED.has(attributes[field].type));
        const scalar = missing.filter((field: string) => !NESTED.has(attributes[field].type));
        return findRow(ctx.uid, documentId, !draftAndPublish, scalar, locale, reading().populate(ctx.uid, nested));
      });
    }

    let generated = false;
    if (slug) {
      const requested = has(data, slug.field) ? slugs().normalize(data[slug.field]) : undefined;
      // Once a story has been public its address is shared: title edits no longer move it.
      const frozen = !draftAndPublish || Boolean(live) || Boolean(current.firstPublishedAt);
      const titleChanged = has(data, slug.source) && data[slug.source] !== current[slug.source];
      if (requested && requested !== current[slug.field]) {
        data[slug.field] = await slugs().claim(ctx.uid, slug, requested, documentId, locale);
      } else if (requested === '' || !current[slug.field]) {
        generated = true;
        const source = has(data, slug.source) ? data[slug.source] : current[slug.source];
        data[slug.field] = await slugs().generate(ctx.uid, slug, source, documentId, locale);
      } else if (titleChanged && !frozen && slugs().follows(current[slug.field], current[slug.source])) {
        generated = true;
        data[slug.field] = await slugs().generate(ctx.uid, slug, data[slug.source], documentId, locale);
      } else if (requested !== undefined) {
        data[slug.field] = current[slug.field];
      }
    }

    const result = (await write(ctx, next, original, slug?.field, generated)) as Row | null;
    const isLive = !draftAndPublish || ctx.params.status === 'published';
    if (slug && result && isLive) await wentLive(ctx.uid, documentId, live?.[slug.field], result[slug.field], locale);
    return result;
  };

  const onPublish = async (ctx: Ctx, next: Next, options: ContentTypeOptions) => {
    const { documentId } = ctx.params;
    const field = options.slug?.field;
    if (!field || !documentId) return next();
    const locale = await localeOf(ctx.uid, ctx.params);
    const byLocale = (rows: Row[]) => new Map(rows.map((row) => [row.locale ?? '', row[field]]));
    const before = byLocale(await findRows(ctx.uid, documentId, true, [field], locale));
    const result = await write(ctx, next, copyParams(ctx.params), field, false);
    for (const row of await findRows(ctx.uid, documentId, true, [field], locale)) {
      await wentLive(ctx.uid, documentId, before.get(row.locale ?? ''), row[field], row.locale ?? undefined);
    }
    return result;
  };

  const onDelete = async (ctx: Ctx, next: Next) => {
    const locale = await localeOf(ctx.uid, ctx.params);
    const result = await next();
    const { documentId } = ctx.params;
    if (!documentId) return result;
    const remaining = await query(ctx.uid).findOne({
      select: ['id'],
      where: { documentId, ...(locale ? { locale } : {}) },
    });
    if (!remaining) await redirects().forget(ctx.uid, documentId, locale);
    return result;
  };

  return async (ctx: Ctx, next: Next) => {
    const options = optionsFor(ctx.uid);
    if (!options) return next();
    switch (ctx.action) {
      case 'create':
      case 'clone':
        return onCreate(ctx, next, options);
      case 'update':
        return onUpdate(ctx, next, options);
      case 'publish':
        return onPublish(ctx, next, options);
      case 'delete':
        return options.slug ? onDelete(ctx, next) : next();
      default:
        return next();
    }
  };
};
