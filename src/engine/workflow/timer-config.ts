import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';

const amount = (min: number) => z.number().int().min(min).max(100_000);

/** An elapsed span; at least one part must be non-zero. */
export const DurationSchema = z
  .object({ days: amount(0).optional(), hours: amount(0).optional(), minutes: amount(0).optional() })
  .refine((d) => (d.days ?? 0) + (d.hours ?? 0) + (d.minutes ?? 0) > 0, { message: 'a duration needs days, hours or minutes' });
export type Duration = z.infer<typeof DurationSchema>;

/** A signed shift from a record's date ("one day before payment is due" is days: -1). */
export const OffsetSchema = z.object({ days: amount(-100_000).optional(), hours: amount(-100_000).optional(), minutes: amount(-100_000).optional() });
export type Offset = z.infer<typeof OffsetSchema>;

const DateTextSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' });

/**
 * Which calendar days are working days. A fixed UTC offset rather than an IANA zone keeps the
 * arithmetic exact and pure; the calendars this serves (mainland China, no daylight saving) need no more.
 * `workdays` are make-up working days on a weekend (调休), `holidays` days off on a weekday.
 */
export const WorkingCalendarSchema = z.object({
  key: MetadataKeySchema,
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  weekdays: z.array(z.number().int().min(0).max(6)).max(7),
  holidays: z.array(DateTextSchema).max(1000).default([]),
  workdays: z.array(DateTextSchema).max(1000).default([]),
});
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

/** Used when a timer asks for working days but names no calendar the runtime knows: Monday to Friday, UTC. */
export const DEFAULT_CALENDAR: WorkingCalendar = { key: 'default', utcOffsetMinutes: 0, weekdays: [1, 2, 3, 4, 5], holidays: [], workdays: [] };

export const TimerConfigSchema = z.object({
  wait: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('after'), duration: DurationSchema }),
    /** At the time held in a date or datetime field of the record, shifted by `offset`. */
    z.object({ kind: z.literal('at_field'), field: MetadataKeySchema, offset: OffsetSchema.optional() }),
  ]),
  /** Days count working days of `calendar` (hours and minutes stay elapsed time). */
  workingDays: z.boolean().optional(),
  calendar: MetadataKeySchema.optional(),
});
export type TimerConfig = z.infer<typeof TimerConfigSchema>;
