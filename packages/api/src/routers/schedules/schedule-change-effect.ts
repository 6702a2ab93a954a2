import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import type { StaffRole } from "@clinic/domain/people/roles";
import { staffMay } from "@clinic/domain/people/staff-permissions";
import { readScope } from "@clinic/domain/scheduling/read-scope";
import { PREVIEW_DAYS, previewScheduleChange, type ScheduleChange } from "@clinic/domain/scheduling/schedule-change";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import type { Executor } from "@clinic/db/client";
import { loadProviderAvailability } from "@clinic/db/queries/provider-availability";
import {
  findLocationClosure,
  findScheduleException,
  findScheduleLocation,
  listLocationIdsOf,
  listProviderIdsAt,
  listUpcomingVisits,
  loadProviderNames,
  type UpcomingVisit,
} from "@clinic/db/queries/schedule-changes";
import type { ScheduleChangeInput, SchedulePreviewDto, StrandedVisitDto } from "./dto";

/** One location a change reaches, the providers there it touches, and the change in the domain's terms. */
type ChangeTarget = { locationId: string; providerIds: string[]; change: ScheduleChange };

const CAPABILITY_FOR_KIND = {
  weekly_hours: "schedules.editHours",
  exception: "schedules.addTimeOff",
  closure: "closures.edit",
  closure_removal: "closures.edit",
  approval: "schedules.approveTimeOff",
} as const;

/** Each kind of change has its own capability (front desk adds time off but does not edit hours). */
export function refuseUnlessMay(role: StaffRole, change: ScheduleChangeInput): void {
  if (!staffMay(role, CAPABILITY_FOR_KIND[change.kind])) {
    throw new DomainError("forbidden", "Your role does not allow this change. Ask an administrator if you need access.");
  }
}

/** The locations and providers a change reaches; a pending request being approved reads as the time off it adds. */
export async function targetsOf(db: Executor, input: ScheduleChangeInput): Promise<ChangeTarget[]> {
  if (input.kind === "weekly_hours") {
    return [{ locationId: input.locationId, providerIds: [input.providerId], change: { kind: "weekly_hours", providerId: input.providerId, weeklyHours: input.weeklyHours } }];
  }
  if (input.kind === "closure" || input.kind === "closure_removal") {
    const existing = input.closureId ? await findLocationClosure(db, input.closureId) : null;
    if (input.closureId && !existing) throw new NotFound("That closure");
    if (input.kind === "closure" && existing && existing.locationId !== input.locationId) {
      throw new DomainError("invalid", "A closure stays at its location: remove it and close the other location instead.");
    }
    const locationId = existing?.locationId ?? (input.kind === "closure" ? input.locationId : "");
    const old = existing ? { date: existing.date, start: existing.start, end: existing.end } : undefined;
    const change: ScheduleChange =
      input.kind === "closure" ? { kind: "closure", closure: input.closure, replaces: old } : { kind: "closure_removal", closure: old! };
    return [{ locationId, providerIds: await listProviderIdsAt(db, locationId), change }];
  }
  let providerId: string;
  let locationId: string | null;
  let exception: Extract<ScheduleChange, { kind: "exception" }>["exception"];
  if (input.kind === "approval") {
    const request = await findScheduleException(db, input.exceptionId);
    if (!request) throw new NotFound("That time-off request");
    if (request.status !== "pending") throw new DomainError("conflict", "That request has already been decided.");
    ({ providerId, locationId } = request);
    exception = { date: request.date, kind: request.kind, start: request.start, end: request.end };
  } else {
    ({ providerId, locationId } = input);
    exception = { date: input.exception.date, kind: input.exception.kind, start: input.exception.start, end: input.exception.end };
  }
  const locationIds = locationId ? [locationId] : await listLocationIdsOf(db, providerId);
  return locationIds.map((id) => ({ locationId: id, providerIds: [providerId], change: { kind: "exception", providerId, exception } }));
}

export type ChangeEffect = { preview: SchedulePreviewDto; strandedVisits: UpcomingVisit[] };

/**
 * What a change would do, per location it reaches: slot counts over the next 4 weeks and the
 * booked visits (any date ahead) it would newly leave outside working time.
 */
export async function changeEffect(db: Executor, targets: readonly ChangeTarget[], now: Date): Promise<ChangeEffect> {
  const preview: SchedulePreviewDto = { locations: [], stranded: [] };
  const strandedVisits: UpcomingVisit[] = [];
  const names = await loadProviderNames(db, targets.flatMap((target) => target.providerIds));
  for (const target of targets) {
    const location = await findScheduleLocation(db, target.locationId);
    if (!location) throw new NotFound("That location");
    const from = todayInZone(location.timeZone, now);
    const visits = await listUpcomingVisits(db, target.providerIds, target.locationId, now);
    const lastVisitDate = visits.length ? todayInZone(location.timeZone, visits[visits.length - 1]!.start) : from;
    const fourWeeks = readScope(from, addCalendarDays(from, PREVIEW_DAYS - 1));
    // Exceptions up to the last visit (to judge it); held time only for the 4 weeks counted.
    const dates = lastVisitDate > fourWeeks.dates.to ? readScope(from, lastVisitDate).dates : fourWeeks.dates;
    const availability = await loadProviderAvailability(db, target.providerIds, target.locationId, { dates, window: fourWeeks.window });
    const result = previewScheduleChange({ timeZone: location.timeZone, now, providers: availability, change: target.change, visits });
    preview.locations.push({
      locationId: location.id,
      locationName: location.name,
      timeZone: location.timeZone,
      gained: result.gained,
      lost: result.lost,
      days: result.days.map((day) => ({ ...day, providerName: names.get(day.providerId) ?? "" })),
    });
    const stranded = new Set(result.stranded);
    for (const visit of visits) {
      if (!stranded.has(visit.id)) continue;
      strandedVisits.push(visit);
      preview.stranded.push(toStrandedDto(visit, location, names));
    }
  }
  return { preview, strandedVisits };
}

function toStrandedDto(visit: UpcomingVisit, location: { name: string; timeZone: string }, names: Map<string, string>): StrandedVisitDto {
  return {
    appointmentId: visit.id,
    startsAt: visit.start,
    endsAt: visit.end,
    timeZone: location.timeZone,
    locationName: location.name,
    providerName: names.get(visit.providerId) ?? "",
    patientName: visit.patientName,
    serviceName: visit.serviceName,
  };
}
