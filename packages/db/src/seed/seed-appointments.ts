import { and, eq, gte, lt } from "drizzle-orm";
import { type AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { addCalendarDays, dayBoundsInZone, isoWeekday, todayInZone, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { type Executor } from "../client";
import { appointments } from "../schema";
import { DEMO_LOCATIONS, DEMO_PROVIDERS, DEMO_SERVICES } from "./content";
import { type Catalogue, requireId } from "./seed-catalogue";

type DemoLocation = (typeof DEMO_LOCATIONS)[number];
type Booking = { patientId: string; providerSlug: string; serviceSlug: string; locationSlug: string; createdByUserId: string | null };

const MINUTE = 60_000;
const STEP_MINUTES = 30;

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
 * patient gets one appointment today (in the location's own zone, within its opening hours) unless
 * they already have one today. Nothing is booked on a day the location is closed.
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
    const hours = hoursOn(location, date);
    if (!hours || here.length === 0) continue;

    // Providers based here (listed first at this location) keep one provider from two cities on one day.
    const based = DEMO_PROVIDERS.filter((provider) => provider.locationSlugs[0] === location.slug);
    const staff = based.length > 0 ? based : DEMO_PROVIDERS.filter((provider) => provider.locationSlugs.includes(location.slug));
    const day = dayBoundsInZone(date, location.timeZone);
    // Spread the visits over the opening hours, starting half an hour after opening.
    const spacing = Math.floor((hours.closes - hours.opens) / here.length / STEP_MINUTES) * STEP_MINUTES;

    for (const [index, patient] of here.entries()) {
      if (await hasAppointmentBetween(tx, patient.patientId, { from: day.start, before: day.end })) continue;
      const provider = staff[index % staff.length];
      if (!provider?.serviceSlugs[0]) continue;
      const booking = { ...patient, providerSlug: provider.slug, serviceSlug: provider.serviceSlugs[0], createdByUserId };
      await bookFirstFreeTime(tx, catalogue, booking, date, hours.opens + STEP_MINUTES + index * spacing, hours.closes, now);
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
  const location = locationBySlug(booking.locationSlug);
  for (let offset = 0; offset < 14; offset++) {
    const date = addCalendarDays(fromDate, offset * direction);
    const hours = hoursOn(location, date);
    // Mid-morning reads naturally ("10:00"), and leaves room before it for the day's first visits.
    if (hours && (await bookFirstFreeTime(tx, catalogue, booking, date, Math.max(hours.opens, 10 * 60), hours.closes, now))) return;
  }
}

/**
 * Books the first start time from `fromMinutes` (every 30 minutes) at which the provider is free.
 * ON CONFLICT DO NOTHING also covers exclusion constraints, so a taken time is skipped without
 * aborting the surrounding transaction.
 */
async function bookFirstFreeTime(
  tx: Executor,
  catalogue: Catalogue,
  booking: Booking,
  date: string,
  fromMinutes: number,
  closesMinutes: number,
  now: Date,
): Promise<boolean> {
  const location = locationBySlug(booking.locationSlug);
  const duration = serviceBySlug(booking.serviceSlug).durationMinutes;
  for (let start = fromMinutes; start + duration <= closesMinutes; start += STEP_MINUTES) {
    const startsAt = wallClockToInstant(date, clock(start), location.timeZone);
    const endsAt = new Date(startsAt.getTime() + duration * MINUTE);
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
        createdByUserId: booking.createdByUserId,
      })
      .onConflictDoNothing()
      .returning({ id: appointments.id });
    if (row) return true;
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

function hoursOn(location: DemoLocation, date: string): { opens: number; closes: number } | undefined {
  const weekday = isoWeekday(date);
  const entry = location.openingHours.find((hours) => hours.weekday === weekday);
  return entry ? { opens: minutesOfDay(entry.opens), closes: minutesOfDay(entry.closes) } : undefined;
}

/** "HH:MM" → minutes after midnight, and back. */
function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
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
