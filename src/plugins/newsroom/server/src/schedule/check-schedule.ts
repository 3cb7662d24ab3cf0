/**
 * The rules for a schedule an editor or a client writes, apart from Strapi: a date and time with
 * its zone (a bare "08:00" means a different instant on every desk), not in the past beyond a small
 * tolerance, and the take-down after the go-live.
 */
export interface ScheduleFields {
  publishAt: string;
  unpublishAt?: string;
}

export interface Schedule {
  publishAt: Date | null;
  unpublishAt: Date | null;
}

export interface ScheduleProblem {
  field: string;
  message: string;
  value: unknown;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** null for "no schedule", undefined for a value that is not an instant. */
export function readInstant(value: unknown): Date | null | undefined {
  if (value === null || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !ISO_INSTANT.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const same = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/**
 * The schedule a write leaves behind (what it sends over what is stored), or the first problem
 * with it. A value that does not change is not judged again: a story whose time came while the
 * scheduler was down must still be saveable.
 */
export function checkSchedule(input: {
  fields: ScheduleFields;
  /** the write's data: only the keys it has are changes */
  sent: Record<string, unknown>;
  stored: Schedule;
  now: Date;
  pastToleranceMs: number;
}): { schedule: Schedule; problem?: undefined } | { problem: ScheduleProblem; schedule?: undefined } {
  const { fields, sent, stored, now, pastToleranceMs } = input;
  const schedule: Schedule = { ...stored };
  const keys = [['publishAt', fields.publishAt] as const, ['unpublishAt', fields.unpublishAt] as const];
  for (const [key, field] of keys) {
    if (!field || !Object.prototype.hasOwnProperty.call(sent, field)) continue;
    const value = sent[field];
    const instant = readInstant(value);
    if (instant === undefined) {
      return {
        problem: {
          field,
          value,
          message: `${field} must be a date and time with its time zone (ISO 8601, e.g. 2026-12-24T08:00:00Z), or null to clear it`,
        },
      };
    }
    if (instant && !same(instant, stored[key]) && instant.getTime() < now.getTime() - pastToleranceMs) {
      return {
        problem: {
          field,
          value,
          message: `${field} is in the past (${instant.toISOString()}, now ${now.toISOString()}); choose a later time or clear it`,
        },
      };
    }
    schedule[key] = instant;
  }
  const { publishAt, unpublishAt } = schedule;
  if (fields.unpublishAt && publishAt && unpublishAt && unpublishAt.getTime() <= publishAt.getTime()) {
    const field = fields.unpublishAt;
    return {
      problem: {
        field,
        value: sent[field] ?? unpublishAt.toISOString(),
        message: `${field} (${unpublishAt.toISOString()}) must be after ${fields.publishAt} (${publishAt.toISOString()})`,
      },
    };
  }
  return { schedule };
}

/** A go-live still ahead: the draft is under embargo and nothing may publish it before then. */
export const isEmbargoed = (publishAt: Date | null, now: Date) =>
  publishAt !== null && publishAt.getTime() > now.getTime();
