import { z } from "zod";

/** HH:MM on a 24-hour wall clock, e.g. "09:00", "17:30". */
export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 09:30.");
export type WallTime = z.infer<typeof wallTimeSchema>;

/** A calendar date YYYY-MM-DD (a local date in some zone). */
export const localDateSchema = z.iso.date({ message: "Use a date like 2027-03-14." });

/**
 * One interval of a provider's regular week at a location, in the location's wall-clock time.
 * Applies on `weekday` (1 = Monday … 7 = Sunday) between effectiveFrom and effectiveTo (inclusive,
 * null = open-ended).
 */
export type WeeklyHours = {
  weekday: number;
  start: WallTime;
  end: WallTime;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
};

export const SCHEDULE_EXCEPTION_KINDS = ["time_off", "extra_hours"] as const;
export type ScheduleExceptionKind = (typeof SCHEDULE_EXCEPTION_KINDS)[number];

/** Time off a provider requests is pending until an administrator approves it; only approved rows count. */
export const SCHEDULE_EXCEPTION_STATUSES = ["pending", "approved", "declined"] as const;
export type ScheduleExceptionStatus = (typeof SCHEDULE_EXCEPTION_STATUSES)[number];

/**
 * A date that differs from the weekly hours. Time off with start/end null is the whole day;
 * extra hours always have start and end.
 */
export type ScheduleException = {
  date: string;
  kind: ScheduleExceptionKind;
  start: WallTime | null;
  end: WallTime | null;
};

/**
 * A location closed on a local date (a holiday, or part of a day when start and end are set): no
 * provider works there then, whatever their hours or extra hours say.
 */
export type LocationClosure = {
  date: string;
  start: WallTime | null;
  end: WallTime | null;
};
