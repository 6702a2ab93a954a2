import { and, eq, gte, lt } from "drizzle-orm";
import { type AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { type Interval } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, dayBoundsInZone, todayInZone, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { type Executor } from "../client";
import { appointments } from "../schema";
import { DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SERVICES } from "./content";
import { type Catalogue, requireId } from "./seed-catalogue";
import { providerWorkingHours } from "./seed-schedules";

type DemoLocation = (typeof DEMO_LOCATIONS)[number];
type Booking = { patientId: string; providerSlug: string; serviceSlug: string; locationSlug: string; createdByUserId: string | null };

const MINUTE = 60_000;
const STEP_MS = 30 * MINUTE;

/**
 * The demo patient's history: one completed visit about three weeks ago and one booked a few days
 * ahead. Each is created only when the patient has none on that side of `now`, so re-seeding adds
 * nothing, and a new upcoming visit appears once the previous one has passed.
 */
export async function seedDemoPatientAppointments(
  tx: Executor,
  catalogue: Catalogue,
  patientId: string,
  now: Date,
): Promise<void> {
  const visit = { patientId, providerSlug: "dr-maya-okafor", locationSlug: "downtown", createdByUserId: null };
  const location = locationBySlug(visit.locationSlug);
  const today = todayInZone(location.timeZone, now);

  if (!(await hasAppointmentBetween(tx, patientId, { before: now }))) {
    await bookOnFirstOpenDay(tx, catalogue, { ...visit, serviceSlug: "initial-pain-consultation" }, addCalendarDays(today, -21), -1, now);
  }
  if (!(await hasAppointmentBetween(tx, patientId, { from: now }))) {
    await bookOnFirstOpenDay(tx, catalogue, { ...visit, serviceSlug: "pain-follow-up" }, addCalendarDays(today, 3), 1, now);
  }
}

/**
 * Today's schedule at every location, so the staff dashboard has something to show: each listed
 * patient gets one appointment today (in the location's own zone, within the hours of a provider
 * working there today) unless they already have one today. Nobody is booked where nobody works.
 */
export async function seedTodaysAppointments(
  tx: Executor,
  catalogue: Catalogue,
  scheduled: { patientId: string; locationSlug: string }[],
  createdByUserId: string | null,
  now: Date,
): Promise<void> {
  for (const location of DEMO_LOCATIONS) {
    const here = scheduled.filter((patient) => patient.locationSlug === location.slug);
    const date = todayInZone(location.timeZone, now);
    const locationId = requireId(catalogue.locationIds, location.slug, "location");
    const staff: { provider: (typeof DEMO_PROVIDERS)[number]; hours: Interval[] }[] = [];
    for (const provider of DEMO_PROVIDERS.filter((candidate) => candidate.locationSlugs.includes(location.slug))) {
      const hours = await providerWorkingHours(tx, requireId(catalogue.providerIds, provider.slug, "provider"), locationId, date, location.timeZone);
      if (hours.length > 0) staff.push({ provider, hours });
    }
    if (staff.length === 0) continue;
    const day = dayBoundsInZone(date, location.timeZone);

    for (const [index, patient] of here.entries()) {
      if (await hasAppointmentBetween(tx, patient.patientId, { from: day.start, before: day.end })) continue;
      // Round-robin over the providers, each one's patients spread over their working day.
      const { provider, hours } = staff[index % staff.length]!;
      const serviceSlug = provider.serviceSlugs[0];
      if (!serviceSlug) continue;
      const rank = Math.floor(index / staff.length);
      const perProvider = Math.ceil(here.length / staff.length);
      const opens = hours[0]!.start.getTime();
      const closes = hours[hours.length - 1]!.end.getTime();
      const spacing = Math.floor((closes - opens) / perProvider / STEP_MS) * STEP_MS;
      const booking = { ...patient, providerSlug: provider.slug, serviceSlug, createdByUserId };
      await bookFirstFreeTime(tx, catalogue, booking, hours, new Date(opens + STEP_MS + rank * spacing), now);
    }
  }
}

async function bookOnFirstOpenDay(
  tx: Executor,
  catalogue: Catalogue,
  booking: Booking,
  fromDate: string,
  direction: 1 | -1,
  now: Date,
): Promise<void> {
  const providerId = requireId(catalogue.providerIds, booking.providerSlug, "provider");
  const locationId = requireId(catalogue.locationIds, booking.locationSlug, "location");
  const { timeZone } = locationBySlug(booking.locationSlug);
  for (let offset = 0; offset < 14; offset++) {
    const date = addCalendarDays(fromDate, offset * direction);
    const hours = await providerWorkingHours(tx, providerId, locationId, date, timeZone);
    // Mid-morning reads naturally ("10:00"), and leaves room before it for the day's first visits.
    const midMorning = wallClockToInstant(date, "10:00", timeZone);
    if (hours.length > 0 && (await bookFirstFreeTime(tx, catalogue, booking, hours, midMorning, now))) return;
  }
}

/**
 * Books the first start time from `from` (on the half hour) at which the visit and its buffers fit
 * inside the provider's working hours and neither provider nor patient is taken.
 * ON CONFLICT DO NOTHING also covers exclusion constraints, so a taken time is skipped without
 * aborting the surrounding transaction.
 */
async function bookFirstFreeTime(
  tx: Executor,
  catalogue: Catalogue,
  booking: Booking,
  hours: Interval[],
  from: Date,
  now: Date,
): Promise<boolean> {
  const service = serviceBySlug(booking.serviceSlug);
  const { bufferBeforeMinutes, bufferAfterMinutes } = service.booking;
  for (const interval of hours) {
    const first = Math.max(from.getTime(), interval.start.getTime() + bufferBeforeMinutes * MINUTE);
    // The demo zones are whole hours from UTC, so a UTC half hour is a local one, which suits every
    // service's slot interval (15 or 30 minutes).
    const aligned = Math.ceil(first / STEP_MS) * STEP_MS;
    for (let start = aligned; start + (service.durationMinutes + bufferAfterMinutes) * MINUTE <= interval.end.getTime(); start += STEP_MS) {
      const startsAt = new Date(start);
      const endsAt = new Date(start + service.durationMinutes * MINUTE);
      const [row] = await tx
        .insert(appointments)
        .values({
          patientId: booking.patientId,
          providerId: requireId(catalogue.providerIds, booking.providerSlug, "provider"),
          serviceId: requireId(catalogue.serviceIds, booking.serviceSlug, "service"),
          locationId: requireId(catalogue.locationIds, booking.locationSlug, "location"),
          startsAt,
          endsAt,
          status: statusAt(startsAt, endsAt, now),
          bufferBeforeMinutes,
          bufferAfterMinutes,
          createdByUserId: booking.createdByUserId,
        })
        .onConflictDoNothing()
        .returning({ id: appointments.id });
      if (row) return true;
    }
  }
  return false;
}

/** A visit that has ended is completed and one in progress is checked in, as the desk would have it. */
function statusAt(startsAt: Date, endsAt: Date, now: Date): AppointmentStatus {
  if (endsAt <= now) return "completed";
  if (startsAt <= now) return "checked_in";
  return "booked";
}

/** Whether the patient has any appointment (of any status) starting in [from, before). */
async function hasAppointmentBetween(tx: Executor, patientId: string, window: { from?: Date; before?: Date }): Promise<boolean> {
  const [row] = await tx
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.patientId, patientId),
        window.from ? gte(appointments.startsAt, window.from) : undefined,
        window.before ? lt(appointments.startsAt, window.before) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

function locationBySlug(slug: string): DemoLocation {
  const location = DEMO_LOCATIONS.find((candidate) => candidate.slug === slug);
  if (!location) throw new Error(`Demo content has no location "${slug}".`);
  return location;
}

function serviceBySlug(slug: string): (typeof DEMO_SERVICES)[number] {
  const service = DEMO_SERVICES.find((candidate) => candidate.slug === slug);
  if (!service) throw new Error(`Demo content has no service "${slug}".`);
  return service;
}
