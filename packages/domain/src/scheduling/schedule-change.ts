import { z } from "zod";
import { addCalendarDays, isoWeekday, todayInZone } from "../time/zoned-time";
import { type ProviderAvailability, bookableSlotTimes } from "./bookable-slots";
import type { BookingPolicy } from "./booking-policy";
import { type LocalDay, localDays } from "./local-day-clock";
import { type LocationClosure, localDateSchema, type ScheduleException, type WeeklyHours, wallTimeSchema } from "./weekly-schedule";
import { type PreparedHours, prepareHours, workingIntervalsOn } from "./working-hours";

/** How far ahead a schedule change's preview looks: four weeks from today. */
export const PREVIEW_DAYS = 28;

/**
 * The visit a preview counts slots for: 30 minutes on quarter hours, no buffers, no notice, so the
 * counts measure working time the same way for every provider whatever services they offer.
 */
export const PREVIEW_POLICY: BookingPolicy = {
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 0,
  bookingHorizonDays: PREVIEW_DAYS,
  slotIntervalMinutes: 15,
  changeCutoffMinutes: 0,
};

/** A change staff make to working time: what its preview compares and what saving it records. */
export type ScheduleChange =
  | { kind: "weekly_hours"; providerId: string; weeklyHours: WeeklyHours[] }
  | { kind: "exception"; providerId: string; exception: ScheduleException }
  /** A closure added, or (with `replaces`) an existing one changed: the old one gives way to the new. */
  | { kind: "closure"; closure: LocationClosure; replaces?: LocationClosure }
  | { kind: "closure_removal"; closure: LocationClosure };

/** The closures without one that equals `closure` (same date and hours); closures carry no ids in the rules. */
function withoutClosure(closures: readonly LocationClosure[], closure: LocationClosure): LocationClosure[] {
  const index = closures.findIndex((candidate) => candidate.date === closure.date && candidate.start === closure.start && candidate.end === closure.end);
  return index < 0 ? [...closures] : [...closures.slice(0, index), ...closures.slice(index + 1)];
}

/** The providers' side of the rules with `change` made: weekly hours replaced, an exception added, a closure added, changed or removed. */
export function applyScheduleChange(providers: readonly ProviderAvailability[], change: ScheduleChange): ProviderAvailability[] {
  return providers.map((provider) => {
    if (change.kind === "closure") {
      const kept = change.replaces ? withoutClosure(provider.closures ?? [], change.replaces) : (provider.closures ?? []);
      return { ...provider, closures: [...kept, change.closure] };
    }
    if (change.kind === "closure_removal") return { ...provider, closures: withoutClosure(provider.closures ?? [], change.closure) };
    if (provider.providerId !== change.providerId) return provider;
    if (change.kind === "weekly_hours") return { ...provider, weeklyHours: change.weeklyHours };
    return { ...provider, exceptions: [...provider.exceptions, change.exception] };
  });
}

export type BookedVisit = { id: string; providerId: string; start: Date; end: Date };
export type SlotCountChange = { providerId: string; date: string; before: number; after: number };
export type ScheduleChangePreview = {
  /** Provider days whose slot count changes, by provider then date. */
  days: SlotCountChange[];
  gained: number;
  lost: number;
  /** Ids of booked visits inside working time before the change and outside it after. */
  stranded: string[];
};

/**
 * What a change does at one location: bookable slots over the next PREVIEW_DAYS local days
 * (PREVIEW_POLICY, by bookableSlots) before and after, per provider and day, and which of `visits`
 * (any date) it would leave outside working time. A visit already outside it (kept earlier) is not new.
 */
export function previewScheduleChange(input: {
  timeZone: string;
  now: Date;
  providers: readonly ProviderAvailability[];
  change: ScheduleChange;
  visits: readonly BookedVisit[];
}): ScheduleChangePreview {
  const { timeZone, now, providers, change } = input;
  const from = todayInZone(timeZone, now);
  const to = addCalendarDays(from, PREVIEW_DAYS - 1);
  const after = applyScheduleChange(providers, change);
  const counts = (list: readonly ProviderAvailability[]) => {
    const perProvider = list.map(() => new Map<string, number>());
    for (const day of bookableSlotTimes({ policy: PREVIEW_POLICY, timeZone, providers: list, from, to, now })) {
      for (const indexes of day.providerIndexes) {
        for (const index of indexes) {
          const map = perProvider[index] as Map<string, number>;
          map.set(day.date, (map.get(day.date) ?? 0) + 1);
        }
      }
    }
    return perProvider;
  };
  const beforeCounts = counts(providers);
  const afterCounts = counts(after);

  const days: SlotCountChange[] = [];
  let gained = 0;
  let lost = 0;
  for (const [index, provider] of providers.entries()) {
    for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
      const before = beforeCounts[index]?.get(date) ?? 0;
      const afterCount = afterCounts[index]?.get(date) ?? 0;
      if (before === afterCount) continue;
      days.push({ providerId: provider.providerId, date, before, after: afterCount });
      if (afterCount > before) gained += afterCount - before;
      else lost += before - afterCount;
    }
  }

  const prepared = (list: readonly ProviderAvailability[]) =>
    new Map(list.map((provider) => [provider.providerId, prepareHours(provider.weeklyHours, provider.exceptions, provider.closures)]));
  const wasHours = prepared(providers);
  const willHours = prepared(after);
  const daysByDate = new Map<string, LocalDay | undefined>();
  const dayOf = (date: string) => {
    if (!daysByDate.has(date)) daysByDate.set(date, localDays(timeZone, date, date)[0]);
    return daysByDate.get(date);
  };
  const stranded = input.visits
    .filter((visit) => {
      const was = wasHours.get(visit.providerId);
      const will = willHours.get(visit.providerId);
      const day = dayOf(todayInZone(timeZone, visit.start));
      return was && will && day && inside(day, was, visit) && !inside(day, will, visit);
    })
    .map((visit) => visit.id);
  return { days, gained, lost, stranded };
}

/** Whether the visit lies wholly inside one of the working intervals of its local day. */
function inside(day: LocalDay, hours: PreparedHours, visit: { start: Date; end: Date }): boolean {
  const start = visit.start.getTime();
  const end = visit.end.getTime();
  return workingIntervalsOn(day, isoWeekday(day.date), hours).some((interval) => interval.start <= start && end <= interval.end);
}

const optionalTime = z.union([wallTimeSchema, z.literal("").transform(() => null)]).nullable();

/** One interval of a provider's week as a form sends it. */
export const weeklyHoursSchema = z
  .object({
    weekday: z.coerce.number().int().min(1, "Choose a weekday.").max(7, "Choose a weekday."),
    start: wallTimeSchema,
    end: wallTimeSchema,
    effectiveFrom: localDateSchema.nullable(),
    effectiveTo: localDateSchema.nullable(),
  })
  .refine((hours) => hours.end > hours.start, { message: "The end must be after the start.", path: ["end"] })
  .refine((hours) => !hours.effectiveFrom || !hours.effectiveTo || hours.effectiveTo >= hours.effectiveFrom, {
    message: "The last day must not be before the first.",
    path: ["effectiveTo"],
  });

/** Start and end together, or neither (the whole day); the end after the start. */
function wholeOrPartOfDay<T extends { start: string | null; end: string | null }>(value: T): boolean {
  if (value.start === null && value.end === null) return true;
  return value.start !== null && value.end !== null && value.end > value.start;
}
const PART_OF_DAY_MESSAGE = "Give both a start and an end (the end after the start), or neither for the whole day.";

/** Time off or extra hours as a form sends it. */
export const scheduleExceptionSchema = z
  .object({
    kind: z.enum(["time_off", "extra_hours"]),
    date: localDateSchema,
    start: optionalTime,
    end: optionalTime,
    note: z.string().trim().max(200, "Keep the note under 200 characters.").default(""),
  })
  .refine(wholeOrPartOfDay, { message: PART_OF_DAY_MESSAGE, path: ["end"] })
  .refine((value) => value.kind !== "extra_hours" || value.start !== null, { message: "Extra hours need a start and an end.", path: ["start"] });

/** A location closure as a form sends it. */
export const locationClosureSchema = z
  .object({
    date: localDateSchema,
    start: optionalTime,
    end: optionalTime,
    reason: z.string().trim().min(1, "Say why the location is closed.").max(200, "Keep the reason under 200 characters."),
  })
  .refine(wholeOrPartOfDay, { message: PART_OF_DAY_MESSAGE, path: ["end"] });
