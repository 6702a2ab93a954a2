import type { Executor } from "@clinic/db/client";
import { ACTIVE_APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import type { ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays } from "@clinic/domain/time/zoned-time";
import { executePrepared } from "@clinic/db/prepared";
import { sql, type SQL } from "drizzle-orm";
import { availabilityColumns, toProviderAvailability, type AvailabilityScope } from "./provider-availability";
import { bookingContextColumns, providerEligibility, toBookingContext, type BookableProvider, type BookableService, type BookingLocation } from "./schedules";

const DAY_MS = 86_400_000;

export type BookingState = {
  service: BookableService | null;
  location: BookingLocation | null;
  /** Who may be booked for this service there (narrowed to the chosen provider), by name. */
  providers: BookableProvider[];
  /** Their hours, time off and held time around the start, in `providers` order. */
  availability: ProviderAvailability[];
  /** The appointment an earlier request with this idempotency key made for this patient. */
  earlierAppointmentId: string | null;
  /** Whether the patient already holds an active visit overlapping the one asked for. */
  patientBusy: boolean;
};

export type BookingStateRequest = {
  serviceId: string;
  locationId: string;
  /** Absent for "first available". */
  providerId?: string;
  patientId: string;
  idempotencyKey: string;
  start: Date;
};

/**
 * Everything a booking decides on, in one statement: the service with its policy, the location,
 * the eligible providers with their rules and appointments around `start`, an earlier booking
 * with the same idempotency key, and whether the patient is busy then. The local dates around
 * `start` are not known before the location's zone is, so exceptions are read for the UTC date
 * ± 2 days, which holds the local date ± 1 in every zone.
 */
export async function loadBookingState(db: Executor, request: BookingStateRequest): Promise<BookingState> {
  const { start, patientId } = request;
  const utcDate = start.toISOString().slice(0, 10);
  const scope = {
    dates: { from: addCalendarDays(utcDate, -2), to: addCalendarDays(utcDate, 2) },
    window: { start: new Date(start.getTime() - DAY_MS), end: new Date(start.getTime() + DAY_MS) },
  };
  const [row] = await executePrepared<StateRow & { earlier_appointment_id: string | null; patient_busy: boolean }>(
    db,
    contextAndAvailability(
      request,
      scope,
      sql`
      (select a.id from appointments a
        where a.patient_id = ${patientId}::uuid and a.idempotency_key = ${request.idempotencyKey}) as earlier_appointment_id,
      exists (
        select 1 from appointments a, services s
        where s.id = ${request.serviceId}::uuid and a.patient_id = ${patientId}::uuid
          and a.status in (${sql.join(
            ACTIVE_APPOINTMENT_STATUSES.map((status) => sql`${status}::appointment_status`),
            sql`, `,
          )})
          and a.starts_at < ${start.toISOString()}::timestamptz + make_interval(mins => s.duration_minutes)
          and a.ends_at > ${start.toISOString()}::timestamptz) as patient_busy`,
    ),
  );
  return {
    ...toSearchState(row),
    earlierAppointmentId: row?.earlier_appointment_id ?? null,
    patientBusy: row?.patient_busy ?? false,
  };
}

type ContextRequest = { serviceId: string; locationId: string; providerId?: string };
type StateRow = Parameters<typeof toBookingContext>[0] & Parameters<typeof toProviderAvailability>[1];

/** The eligible providers once, as a CTE, then the booking context and their availability from it, and `extra` columns. */
function contextAndAvailability(request: ContextRequest, scope: AvailabilityScope, extra?: SQL): SQL {
  return sql`
    with candidates as (select p.id, p.slug, p.name, p.title from providers p where ${providerEligibility(request)})
    select
      ${bookingContextColumns(request, sql`select * from candidates`)},
      ${availabilityColumns(sql`select id from candidates`, request.locationId, scope)}
      ${extra ? sql`, ${extra}` : sql``}`;
}

function toSearchState(row: StateRow | undefined): SearchState {
  const context = toBookingContext(row);
  return { ...context, availability: toProviderAvailability(context.providers.map((provider) => provider.id), row) };
}

export type SearchState = Omit<BookingState, "earlierAppointmentId" | "patientBusy">;

/**
 * What an availability search starts from, in one statement: the service with its policy, the
 * location, the eligible providers (narrowed to `providerId` when given) and, for them, their
 * hours, the exceptions on local `dates`, and the time held around `window` (see
 * loadProviderAvailability; `ignore` leaves out the appointment being moved).
 */
export async function loadSearchState(db: Executor, request: ContextRequest, scope: AvailabilityScope): Promise<SearchState> {
  const [row] = await executePrepared<StateRow>(db, contextAndAvailability(request, scope));
  return toSearchState(row);
}
