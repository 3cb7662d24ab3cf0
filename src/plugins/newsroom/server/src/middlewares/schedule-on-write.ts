import type { Core, UID } from '@strapi/strapi';
import type { NewsroomConfig, ScheduleOptions } from '../config';
import { checkSchedule, isEmbargoed, type Schedule } from '../schedule/check-schedule';
import { isLocalized } from '../schemas';
import { fieldError, strapiErrors } from '../strapi-errors';

type Data = Record<string, unknown>;
type Params = { documentId?: string; locale?: unknown; status?: string; data?: Data };
type Ctx = { uid: string; action: string; params: Params };
type Next = () => Promise<unknown>;
type Ability = { can: (action: string, subject: string) => boolean };
type RequestState = { userAbility?: Ability; auth?: { strategy?: { name?: string } } };

const PUBLISH_PERMISSION = 'plugin::content-manager.explorer.publish';

/**
 * Guards the schedule fields on every write path: a bad value is a 400 naming the field, a
 * schedule set from the admin panel needs the publish permission, and nothing publishes a draft
 * under embargo (the scheduler clears the go-live before it publishes, so its own publish passes).
 * Outermost, so a refused write has touched nothing.
 */
export const createScheduleOnWrite = (strapi: Core.Strapi) => {
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;

  const localeOf = async (uid: string, params: Params): Promise<string | undefined> => {
    if (!isLocalized(strapi, uid)) return undefined;
    if (typeof params.locale === 'string') return params.locale === '*' ? undefined : params.locale;
    return (await strapi.plugin('i18n')?.service('locales').getDefaultLocale()) as string | undefined;
  };

  /** The database hands datetimes back as Date objects or strings, depending on the driver. */
  const asDate = (value: unknown) => {
    if (value instanceof Date) return value;
    if (typeof value === 'string' || typeof value === 'number') {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    return null;
  };

  const storedSchedules = async (uid: string, fields: ScheduleOptions, documentId: string, locale?: string) => {
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({
      select: ['id', fields.publishAt, ...(fields.unpublishAt ? [fields.unpublishAt] : [])],
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    })) as Data[];
    return rows.map((row): Schedule => ({
      publishAt: asDate(row[fields.publishAt]),
      unpublishAt: fields.unpublishAt ? asDate(row[fields.unpublishAt]) : null,
    }));
  };

  const embargoError = (field: string, publishAt: Date) =>
    fieldError(
      strapi,
      field,
      `Scheduled for ${publishAt.toISOString()}: it goes live by itself then. Clear ${field} to publish now`,
      publishAt.toISOString()
    );

  /** In the admin panel, setting or moving a schedule is publishing: it needs that permission. */
  const mayPublish = (uid: string) => {
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (state?.auth?.strategy?.name !== 'admin' || !state.userAbility) return true;
    return state.userAbility.can(PUBLISH_PERMISSION, uid);
  };

  const onWrite = async (ctx: Ctx, fields: ScheduleOptions) => {
    const data = ctx.params.data ?? {};
    const names = [fields.publishAt, fields.unpublishAt].filter((name): name is string => Boolean(name));
    const sends = names.some((name) => Object.prototype.hasOwnProperty.call(data, name));
    const publishes = ctx.params.status === 'published';
    if (!sends && !publishes) return;
    const { documentId } = ctx.params;
    const stored =
      ctx.action === 'update' && documentId
        ? ((await storedSchedules(ctx.uid, fields, documentId, await localeOf(ctx.uid, ctx.params)))[0] ?? null)
        : null;
    const before: Schedule = stored ?? { publishAt: null, unpublishAt: null };
    const now = new Date();
    const result = checkSchedule({
      fields,
      sent: data,
      stored: before,
      now,
      pastToleranceMs: config().scheduler.pastToleranceSeconds * 1000,
    });
    if (result.problem) {
      const { field, message, value } = result.problem;
      throw fieldError(strapi, field, message, value);
    }
    const changed = (['publishAt', 'unpublishAt'] as const).filter(
      (key) => (result.schedule[key]?.getTime() ?? null) !== (before[key]?.getTime() ?? null)
    );
    if (changed.length && !mayPublish(ctx.uid)) {
      const field = fields[changed[0]] ?? fields.publishAt;
      throw new (strapiErrors(strapi).ForbiddenError)(`Scheduling needs the right to publish (${field})`);
    }
    if (publishes && isEmbargoed(result.schedule.publishAt, now))
      throw embargoError(fields.publishAt, result.schedule.publishAt as Date);
  };

  const onPublish = async (ctx: Ctx, fields: ScheduleOptions) => {
    const { documentId } = ctx.params;
    if (!documentId) return;
    const now = new Date();
    const locale = await localeOf(ctx.uid, ctx.params);
    for (const { publishAt } of await storedSchedules(ctx.uid, fields, documentId, locale)) {
      if (isEmbargoed(publishAt, now)) throw embargoError(fields.publishAt, publishAt as Date);
    }
  };

  return async (ctx: Ctx, next: Next) => {
    const fields = config().contentTypes[ctx.uid]?.schedule;
    if (fields) {
      if (ctx.action === 'create' || ctx.action === 'update') await onWrite(ctx, fields);
      else if (ctx.action === 'publish') await onPublish(ctx, fields);
    }
    return next();
  };
};
