import type { Executor } from "../client";
import { executePrepared } from "../prepared";
import { appointments, locations, patients, providerLocations, providers, providerServices, services, users } from "../schema";
import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import type { ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { readScope } from "@clinic/domain/scheduling/read-scope";
import { sql } from "drizzle-orm";
import { patientName } from "./patients";
import { scheduleColumns, toProviderAvailability } from "./provider-availability";

export type CalendarRequest = {
  locationId: string;
  /** First and last local date shown, inclusive. */
  from: string;
  to: string;
  /** One provider's column only (a provider's own calendar, or a filter). */
  providerId: string | null;
  /** Only providers offering this service, and only its visits. */
  serviceId: string | null;
};

export type CalendarVisitRow = {
  id: string;
  providerId: string;
  startMs: number;
  endMs: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  status: AppointmentStatus;
  serviceId: string;
  serviceName: string;
  patientId: string;
  patientName: string;
};

export type CalendarState = {
  location: { id: string; name: string; timeZone: string } | null;
  providers: { id: string; name: string; title: string }[];
  /** The slot engine's view of each provider there, in `providers` order; busy is left empty (the visits are drawn). */
  availability: ProviderAvailability[];
  /** Every visit not cancelled at the location of these providers that could start on the dates, by start. */
  visits: CalendarVisitRow[];
};

/**
 * PostgreSQL puts a repeated local midnight at its later instant, the domain at its earlier (gaps agree):
 * the visits read reach this far past the dates, more than any repeat in IANA zones bar date-line moves.
 */
const ZONE_MARGIN_HOURS = 6;

type CalendarRow = Parameters<typeof toProviderAvailability>[1] & {
  location: CalendarState["location"];
  providers: CalendarState["providers"] | null;
  visits: CalendarVisitRow[] | null;
};

/**
 * Everything the calendar draws for a location's dates, in one prepared statement: the location,
 * the active providers working there (narrowed by provider and service), their hours, exceptions
 * and closures through the slot engine's own loader columns, and the visits at the location.
 */
export async function loadCalendar(db: Executor, request: CalendarRequest): Promise<CalendarState> {
  const scope = readScope(request.from, request.to);
  const p = providers;
  const a = appointments;
  const l = locations;
  // Null filters are parameters too, so every request shares one statement text (one plan per connection).
  const providerId = sql`${request.providerId}::uuid`;
  const serviceId = sql`${request.serviceId}::uuid`;
  const localZone = sql`(select ${l.timeZone} from ${l} where ${l.id} = ${request.locationId}::uuid)`;
  const [row] = await executePrepared<CalendarRow>(
    db,
    sql`
    with columns as (
      select ${p.id} as id, ${p.name} as name, ${p.title} as title from ${p}
      where ${p.active}
        and (${providerId} is null or ${p.id} = ${providerId})
        and exists (select 1 from ${providerLocations}
          where ${providerLocations.providerId} = ${p.id} and ${providerLocations.locationId} = ${request.locationId}::uuid)
        and (${serviceId} is null or exists (select 1 from ${providerServices}
          where ${providerServices.providerId} = ${p.id} and ${providerServices.serviceId} = ${serviceId}))
    )
    select
      (select json_build_object('id', ${l.id}, 'name', ${l.name}, 'timeZone', ${l.timeZone}) from ${l} where ${l.id} = ${request.locationId}::uuid) as location,
      (select json_agg(json_build_object('id', c.id, 'name', c.name, 'title', c.title) order by c.name, c.id) from columns c) as providers,
      ${scheduleColumns(sql`select id from columns`, request.locationId, scope)},
      (select json_agg(json_build_object(
          'id', ${a.id}, 'providerId', ${a.providerId},
          'startMs', (date_part('epoch', ${a.startsAt}) * 1000)::bigint, 'endMs', (date_part('epoch', ${a.endsAt}) * 1000)::bigint,
          'bufferBeforeMinutes', ${a.bufferBeforeMinutes}, 'bufferAfterMinutes', ${a.bufferAfterMinutes}, 'status', ${a.status},
          'serviceId', ${services.id}, 'serviceName', ${services.name}, 'patientId', ${patients.id}, 'patientName', ${patientName})
          order by ${a.startsAt}, ${a.id})
        from ${a}
        join ${services} on ${services.id} = ${a.serviceId}
        join ${patients} on ${patients.id} = ${a.patientId}
        -- A record the front desk made has no account: its own name (patientName), so LEFT JOIN.
        left join ${users} on ${users.id} = ${patients.userId}
        where ${a.locationId} = ${request.locationId}::uuid
          and ${a.providerId} in (select id from columns)
          and ${a.status} <> 'cancelled'
          and (${serviceId} is null or ${a.serviceId} = ${serviceId})
          and ${a.startsAt} >= ${scope.window.start.toISOString()}::timestamptz
          and ${a.startsAt} < ${scope.window.end.toISOString()}::timestamptz
          -- The zone is known here: the local dates (ZONE_MARGIN_HOURS wider) cut a day's read from 50 hours to 36.
          and ${a.startsAt} >= (${request.from}::date::timestamp at time zone ${localZone}) - ${sql.raw(`interval '${ZONE_MARGIN_HOURS} hours'`)}
          and ${a.startsAt} < ((${request.to}::date + 1)::timestamp at time zone ${localZone}) + ${sql.raw(`interval '${ZONE_MARGIN_HOURS} hours'`)}) as visits`,
  );
  const providerRows = row?.providers ?? [];
  return {
    location: row?.location ?? null,
    providers: providerRows,
    availability: toProviderAvailability(
      providerRows.map((provider) => provider.id),
      row,
    ),
    // json_agg's bigints arrive as numbers or strings; the rows are fresh from JSON.parse, so fix them in place.
    visits: (row?.visits ?? []).map((visit) => Object.assign(visit, { startMs: Number(visit.startMs), endMs: Number(visit.endMs) })),
  };
}

/** What the calendar's pickers offer: every location, every active provider with where they work, every active service. */
export async function loadCalendarChoices(db: Executor) {
  const [row] = await executePrepared<{
    locations: { id: string; name: string; timeZone: string }[] | null;
    providers: { id: string; name: string; locationIds: string[] }[] | null;
    services: { id: string; name: string }[] | null;
  }>(
    db,
    sql`select
      (select json_agg(json_build_object('id', ${locations.id}, 'name', ${locations.name}, 'timeZone', ${locations.timeZone}) order by ${locations.name}, ${locations.id})
        from ${locations}) as locations,
      (select json_agg(json_build_object('id', ${providers.id}, 'name', ${providers.name}, 'locationIds',
          coalesce((select json_agg(${providerLocations.locationId}) from ${providerLocations} where ${providerLocations.providerId} = ${providers.id}), '[]'::json))
          order by ${providers.name}, ${providers.id})
        from ${providers} where ${providers.active}) as providers,
      (select json_agg(json_build_object('id', ${services.id}, 'name', ${services.name}) order by ${services.name}, ${services.id})
        from ${services} where ${services.active}) as services`,
  );
  return { locations: row?.locations ?? [], providers: row?.providers ?? [], services: row?.services ?? [] };
}
