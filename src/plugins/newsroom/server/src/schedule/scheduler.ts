import type { Core, UID } from '@strapi/strapi';
import type { NewsroomConfig, ScheduleOptions } from '../config';
import { columnName, isLocalized } from '../schemas';

type Kind = 'publish' | 'unpublish';
type Due = { id: number; documentId: string; locale?: string | null } & Record<string, unknown>;
type Documents = Record<Kind, (params: { documentId: string; locale?: string }) => Promise<unknown>>;

/** A row that failed waits this long before it is tried again, so one broken draft does not flood the log. */
const RETRY_AFTER_MS = 60_000;
const BATCH = 50;

/**
 * Publishes drafts whose go-live has come and takes down stories whose take-down has come, in every
 * process. The schedule lives in the rows, not in memory, so it survives restarts and catches up
 * after downtime. Each due row is claimed in a transaction: on PostgreSQL with FOR UPDATE SKIP
 * LOCKED (a second process passes it by), then by clearing its schedule field, which only one
 * writer can do (SQLite has one writer at a time anyway); the publish runs through the document
 * service in that same transaction, so it fires exactly once and does what a manual publish does.
 */
export const createScheduler = (strapi: Core.Strapi) => {
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;
  const failed = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let startedAt = Date.now();

  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  const describeLate = (ms: number) =>
    ms < 120_000
      ? `${Math.round(ms / 1000)} s`
      : ms < 7_200_000
        ? `${Math.round(ms / 60_000)} min`
        : `${Math.round(ms / 3_600_000)} h`;

  /** Claims one due row and fires it; false when another process had it first. */
  const fire = (uid: string, kind: Kind, field: string, row: Due) =>
    strapi.db.transaction(async ({ trx }) => {
      const table = strapi.db.metadata.get(uid).tableName;
      const column = columnName(strapi, uid, field);
      if (isPostgres()) {
        const locked = await trx(table).select('id').where('id', row.id).whereNotNull(column).forUpdate().skipLocked();
        if (!locked.length) return false;
      }
      const cleared = await trx(table)
        .where('id', row.id)
        .whereNotNull(column)
        .update({ [column]: null });
      if (!cleared) return false;
      const documents = strapi.documents(uid as UID.ContentType) as unknown as Documents;
      const locale = row.locale ?? undefined;
      if (kind === 'unpublish') {
        const live = await strapi.db.query(uid as UID.Schema).findOne({
          select: ['id'],
          where: { documentId: row.documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
        });
        if (!live) return true;
      }
      await documents[kind]({ documentId: row.documentId, ...(locale ? { locale } : {}) });
      return true;
    });

  const dueRows = async (uid: string, field: string) => {
    const now = new Date();
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({
      select: ['id', 'documentId', field, ...(isLocalized(strapi, uid) ? ['locale'] : [])],
      where: { publishedAt: null, [field]: { $lte: now } },
      orderBy: { [field]: 'asc' },
      limit: BATCH,
    })) as Due[];
    return rows.filter((row) => (failed.get(`${uid}:${row.id}:${field}`) ?? 0) <= Date.now());
  };

  const runKind = async (uid: string, kind: Kind, field: string) => {
    for (const row of await dueRows(uid, field)) {
      const key = `${uid}:${row.id}:${field}`;
      const dueAt = new Date(row[field] as string | Date);
      try {
        if (!(await fire(uid, kind, field, row))) continue;
        failed.delete(key);
        const late = Date.now() - dueAt.getTime();
        const what = `${kind} of ${uid} ${row.documentId}${row.locale ? ` (${row.locale})` : ''}, due ${dueAt.toISOString()}`;
        // Due before this process started and still waiting: no process was running then.
        const missed =
          dueAt.getTime() < startedAt && late > Math.max(10_000, config().scheduler.intervalSeconds * 5000);
        if (missed)
          strapi.log.warn(`[newsroom] scheduled ${what}: done ${describeLate(late)} late (catching up after downtime)`);
        else strapi.log.info(`[newsroom] scheduled ${what}: done${late > 2000 ? `, ${describeLate(late)} late` : ''}`);
      } catch (error) {
        failed.set(key, Date.now() + RETRY_AFTER_MS);
        strapi.log.error(
          `[newsroom] scheduled ${kind} of ${uid} ${row.documentId} failed (retrying in ${RETRY_AFTER_MS / 1000} s): ${(error as Error).message}`
        );
      }
    }
  };

  const runOnce = async () => {
    for (const [uid, options] of Object.entries(config().contentTypes)) {
      const schedule: ScheduleOptions | undefined = options.schedule;
      if (!schedule) continue;
      // Go-lives first: a story due up and down while every process was down ends down.
      await runKind(uid, 'publish', schedule.publishAt);
      if (schedule.unpublishAt) await runKind(uid, 'unpublish', schedule.unpublishAt);
    }
  };

  const tick = () => {
    if (running) return;
    running = runOnce()
      .catch((error: unknown) => {
        strapi.log.error(`[newsroom] scheduler: ${(error as Error).message}`);
      })
      .finally(() => (running = undefined));
  };

  return {
    runOnce,
    start() {
      if (timer || !Object.values(config().contentTypes).some((options) => options.schedule)) return;
      startedAt = Date.now();
      timer = setInterval(tick, config().scheduler.intervalSeconds * 1000);
      setImmediate(tick);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
};
