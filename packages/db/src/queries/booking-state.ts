import type { Executor } from "../client";
import { executePrepared } from "../prepared";
import { appointments, providers } from "../schema";
import type { HeldTime, ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { readScopeAround } from "@clinic/domain/scheduling/read-scope";
import { sql, type SQL } from "drizzle-orm";
import { availabilityColumns, patientVisitsColumn, toPatientVisits, toProviderAvailability, type AvailabilityScope } from "./provider-availability";
import { bookingContextColumns, providerEligibility, toBookingContext, type BookableProvider, type BookableService, type BookingLocation } from "./schedules";

export type BookingState = {
  service: BookableService | null;
  location: BookingLocation | null;
  /** Who may be booked for this service there (narrowed to the chosen provider), by name. */
  providers: BookableProvider[];
  /** Their hours, time off and held time around the start, in `providers` order. */
  availability: ProviderAvailability[];
  /** The appointment an earlier request with this idempotency key made for this patient. */
  earlierAppointmentId: string | null;
  /** The patient's own active visits around the start. */
  patientVisits: HeldTime[];
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
 * with the same idempotency key, and the patient's own visits around `start`.
 */
export async function loadBookingState(db: Executor, request: BookingStateRequest): Promise<BookingState> {
  const { patientId } = request;
  const scope = readScopeAround(request.start);
  const a = appointments;
  const [row] = await executePrepared<StateRow & { earlier_appointment_id: string | null; patient_visits: string | null }>(
    db,
    contextAndAvailability(
      request,
      scope,
      sql`
      (select ${a.id} from ${a}
        where ${a.patientId} = ${patientId}::uuid and ${a.idempotencyKey} = ${request.idempotencyKey}) as earlier_appointment_id,
      ${patientVisitsColumn(patientId, scope.window)}`,
    ),
  );
  return {
    ...toSearchState(row),
    earlierAppointmentId: row?.earlier_appointment_id ?? null,
    patientVisits: toPatientVisits(row?.patient_visits),
  };
}

type ContextRequest = { serviceId: string; locationId: string; providerId?: string };
type StateRow = Parameters<typeof toBookingContext>[0] & Parameters<typeof toProviderAvailability>[1];

/** The eligible providers once, as a CTE, then the booking context and their availability from it, and `extra` columns. */
function contextAndAvailability(request: ContextRequest, scope: AvailabilityScope, extra?: SQL): SQL {
  const p = providers;
  return sql`
    with candidates as (select ${p.id} as id, ${p.slug} as slug, ${p.name} as name, ${p.title} as title from ${p} where ${providerEligibility(request)})
    select
      ${bookingContextColumns(request, sql`select * from candidates`)},
      ${availabilityColumns(sql`select id from candidates`, request.locationId, scope)}
      ${extra ? sql`, ${extra}` : sql``}`;
}

function toSearchState(row: StateRow | undefined): SearchState {
  const context = toBookingContext(row);
  return { ...context, availability: toProviderAvailability(context.providers.map((provider) => provider.id), row) };
}

export type SearchState = Omit<BookingState, "earlierAppointmentId" | "patientVisits">;

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
