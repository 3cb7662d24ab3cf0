import type { Core } from '@strapi/strapi';
import { AsyncLocalStorage } from 'async_hooks';
import type { ContentTypeOptions, NewsroomConfig } from '../config';
import { isSlugConflict } from '../database/slug-indexes';
import { slugConflict } from '../services/slugs';

type Ctx = { uid: string; action: string; params: Record<string, any>; contentType: any };
type Next = () => Promise<any>;

/**
 * The one place every write passes through — admin panel, REST, GraphQL,
 * scripts — so slugs and derived fields come out the same on every path.
 * A document service middleware, not a database lifecycle: with draft &
 * publish those fire several times per document, and bulk queries skip them.
 */

// A generated slug can lose a race to another writer; the unique index
// rejects the loser, which then tries again with a fresh slug.
const attempts = new AsyncLocalStorage<number>();
const MAX_ATTEMPTS = 8;

const has = (data: object, key: string | undefined) => Boolean(key) && Object.prototype.hasOwnProperty.call(data, key);

const copyParams = (params: Record<string, any>) => ({ ...params, data: params.data ? { ...params.data } : params.data });

export const createDeriveOnWrite = (strapi: Core.Strapi) => {
  const plugin = () => strapi.plugin('newsroom');
  const slugs = () => plugin().service('slugs');
  const redirects = () => plugin().service('redirects');
  const reading = () => plugin().service('reading');
  const optionsFor = (uid: string): ContentTypeOptions | undefined =>
    (strapi.config.get('plugin::newsroom') as NewsroomConfig).contentTypes[uid];

  const hasDraftAndPublish = (uid: string) => Boolean(strapi.getModel(uid as any).options?.draftAndPublish);

  const findRow = (uid: string, documentId: string, live: boolean, fields: string[], populate?: object) =>
    strapi.db.query(uid as any).findOne({
      select: ['id', ...fields],
      where: { documentId, publishedAt: live ? { $notNull: true } : { $null: true } },
      ...(populate ? { populate } : {}),
    });

  /** After a write makes `newSlug` live: the old live slug keeps leading here, and nobody else's redirect holds the new one. */
  const wentLive = async (uid: string, documentId: string, oldSlug: string | undefined, newSlug: string | undefined) => {
    if (newSlug) await redirects().release(uid, newSlug);
    if (oldSlug && newSlug && oldSlug !== newSlug) await redirects().remember(uid, oldSlug, documentId);
  };

  /** Runs the write; a lost race on a generated slug retries the whole action, anything else is a 400. */
  const write = async (ctx: Ctx, next: Next, original: Record<string, any>, field: string | undefined, generated: boolean) => {
    try {
      return await next();
    } catch (error) {
      const meta = strapi.db.metadata.get(ctx.uid as any);
      const column = field && (meta.attributes[field] as any)?.columnName;
      if (!field || !isSlugConflict(error, meta.tableName, column)) throw error;
      const attempt = attempts.getStore() ?? 1;
      if (generated && attempt < MAX_ATTEMPTS && !strapi.db.inTransaction()) {
        return attempts.run(attempt + 1, () => (strapi.documents(ctx.uid as any) as any)[ctx.action](original));
      }
      throw slugConflict(field, ctx.params.data?.[field]);
    }
  };

  const onCreate = async (ctx: Ctx, next: Next, options: ContentTypeOptions) => {
    const original = copyParams(ctx.params);
    const data = (ctx.params.data ??= {});
    if (options.reading && ctx.action === 'create') {
      const { body, summary } = options.reading;
      Object.assign(data, reading().derive(options.reading, data[body], summary ? data[summary] : undefined));
    }
    let generated = false;
    const field = options.slug?.field;
    if (options.slug) {
      const requested = slugs().normalize(data[field]);
      let source = data[options.slug.source];
      if (!requested && source === undefined && ctx.action === 'clone') {
        source = (await findRow(ctx.uid, ctx.params.documentId, false, [options.slug.source]))?.[options.slug.source];
      }
      generated = !requested;
      data[field] = requested
        ? await slugs().claim(ctx.uid, options.slug, requested)
        : await slugs().generate(ctx.uid, options.slug, source);
    }
    const result = await write(ctx, next, original, field, generated);
    const isLive = !hasDraftAndPublish(ctx.uid) || ctx.params.status === 'published';
    if (field && isLive && ctx.action === 'create') await wentLive(ctx.uid, result?.documentId, undefined, data[field]);
    return result;
  };

  const onUpdate = async (ctx: Ctx, next: Next, options: ContentTypeOptions) => {
    const { documentId, data } = ctx.params;
    if (!documentId || !data) return next();
    const original = copyParams(ctx.params);
    const draftAndPublish = hasDraftAndPublish(ctx.uid);
    const slug = options.slug;
    const r = options.reading;
    const needsBody = r && !has(data, r.body) && r.summary && has(data, r.summary);
    const fields = [slug?.field, slug?.source, r?.summary, draftAndPublish ? 'firstPublishedAt' : undefined].filter(
      (f) => f && strapi.getModel(ctx.uid as any).attributes[f]
    );
    const current = await findRow(ctx.uid, documentId, !draftAndPublish, fields, needsBody ? { [r.body]: true } : undefined);
    if (!current) return next();
    const live = draftAndPublish && slug ? await findRow(ctx.uid, documentId, true, [slug.field]) : current;

    if (r) {
      if (has(data, r.body) || has(data, r.summary)) {
        const body = has(data, r.body) ? data[r.body] : current[r.body];
        const summary = r.summary ? (has(data, r.summary) ? data[r.summary] : current[r.summary]) : undefined;
        Object.assign(data, reading().derive(r, body, summary));
      } else {
        for (const derived of reading().derivedFields(r)) delete data[derived];
      }
    }

    let generated = false;
    if (slug) {
      const requested = has(data, slug.field) ? slugs().normalize(data[slug.field]) : undefined;
      // Once a story has been public its address is shared: title edits no longer move it.
      const frozen = !draftAndPublish || Boolean(live) || Boolean(current.firstPublishedAt);
      const titleChanged = has(data, slug.source) && data[slug.source] !== current[slug.source];
      if (requested && requested !== current[slug.field]) {
        data[slug.field] = await slugs().claim(ctx.uid, slug, requested, documentId);
      } else if (requested === '' || !current[slug.field]) {
        generated = true;
        const source = has(data, slug.source) ? data[slug.source] : current[slug.source];
        data[slug.field] = await slugs().generate(ctx.uid, slug, source, documentId);
      } else if (titleChanged && !frozen && slugs().follows(current[slug.field], current[slug.source])) {
        generated = true;
        data[slug.field] = await slugs().generate(ctx.uid, slug, data[slug.source], documentId);
      } else if (requested !== undefined) {
        data[slug.field] = current[slug.field];
      }
    }

    const result = await write(ctx, next, original, slug?.field, generated);
    const isLive = !draftAndPublish || ctx.params.status === 'published';
    if (slug && result && isLive) await wentLive(ctx.uid, documentId, live?.[slug.field], result[slug.field]);
    return result;
  };

  const onPublish = async (ctx: Ctx, next: Next, options: ContentTypeOptions) => {
    const { documentId } = ctx.params;
    const field = options.slug?.field;
    if (!field || !documentId) return next();
    const before = await findRow(ctx.uid, documentId, true, [field]);
    const result = await write(ctx, next, copyParams(ctx.params), field, false);
    const after = await findRow(ctx.uid, documentId, true, [field]);
    await wentLive(ctx.uid, documentId, before?.[field], after?.[field]);
    return result;
  };

  const onDelete = async (ctx: Ctx, next: Next) => {
    const result = await next();
    const { documentId } = ctx.params;
    if (documentId && !(await strapi.db.query(ctx.uid as any).findOne({ select: ['id'], where: { documentId } }))) {
      await redirects().forget(ctx.uid, documentId);
    }
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
