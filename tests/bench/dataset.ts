/**
 * The benchmark clinic: one location (America/Chicago), one 45-minute service, PROVIDERS providers
 * working Mon–Fri 08:00–18:00, and ≥ 100,000 appointments — every weekday slot of the past
 * ~2.5 years, and every other slot of the next 90 days (the odd ones stay free for booking).
 */
import { hashPassword } from "@clinic/auth/password";
import { addCalendarDays, isoWeekday, todayInZone, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import type pg from "pg";

/** At least 20: the staff calendar draws a column per provider (issue 10, Performance). */
export const PROVIDERS = 20;
export const TIME_ZONE = "America/Chicago";
export const SLOT_MINUTES = 45;
/** Slots per day: 08:00 + k × 45 min, k = 0 … 12 (the last ends 17:45). */
export const SLOTS_PER_DAY = 13;
const PAST_DAYS = 910;
const FUTURE_DAYS = 90;
/** Patients who hold the generated appointments; with ≥ PROVIDERS of them nobody is double-booked. */
const HISTORY_PATIENTS = 240;
export const BENCH_PASSWORD = "bench-password-2026";
/** A front-desk log-in for the staff-admin phases (calendar.day, calendar.week). */
export const BENCH_STAFF_EMAIL = "desk@bench.test";

export type BenchClinic = {
  locationId: string;
  serviceId: string;
  providerIds: string[];
  /** One signed-in patient per provider books only that provider's slots, so their bookings never overlap. */
  bookingPatients: { email: string; providerIndex: number }[];
  appointmentCount: number;
};

export async function createBenchClinic(pool: pg.Pool): Promise<BenchClinic> {
  const one = async (text: string, values: unknown[] = []) => (await pool.query<{ id: string }>(text, values)).rows[0]!.id;
  const locationId = await one(
    `insert into locations (slug, name, address_line1, city, region, postal_code, phone, time_zone)
     values ('bench', 'Bench Clinic', '1 Main St', 'Austin', 'TX', '78701', '(512) 555-0100', $1) returning id`,
    [TIME_ZONE],
  );
  const serviceId = await one(
    `insert into services (slug, name, category, duration_minutes, description, min_notice_minutes, booking_horizon_days, slot_interval_minutes, change_cutoff_minutes)
     values ('bench-pt', 'Bench physical therapy', 'physical_therapy', $1, 'Benchmark.', 720, ${FUTURE_DAYS}, 15, 1440) returning id`,
    [SLOT_MINUTES],
  );
  const providerIds: string[] = [];
  for (let index = 0; index < PROVIDERS; index++) {
    const providerId = await one(
      `insert into providers (slug, name, title, bio, disciplines) values ($1, $2, 'PT, DPT', 'Benchmark.', '{physical_therapy}') returning id`,
      [`bench-${index}`, `Bench Provider ${String(index).padStart(2, "0")}`],
    );
    providerIds.push(providerId);
    await pool.query("insert into provider_services (provider_id, service_id) values ($1, $2)", [providerId, serviceId]);
    await pool.query("insert into provider_locations (provider_id, location_id) values ($1, $2)", [providerId, locationId]);
    await pool.query(
      `insert into provider_weekly_hours (provider_id, location_id, weekday, start_time, end_time)
       select $1, $2, weekday, '08:00', '18:00' from generate_series(1, 5) weekday`,
      [providerId, locationId],
    );
  }

  await pool.query(
    `with u as (
       insert into users (email, name, role, password_hash)
       select 'history-' || i || '@bench.test', 'History Patient ' || i, 'patient', 'x' from generate_series(0, $1 - 1) i
       returning id)
     insert into patients (user_id) select id from u`,
    [HISTORY_PATIENTS],
  );

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const bookingPatients = providerIds.map((_, providerIndex) => ({ email: `booker-${providerIndex}@bench.test`, providerIndex }));
  for (const patient of bookingPatients) {
    const userId = await one(`insert into users (email, name, role, password_hash) values ($1, $2, 'patient', $3) returning id`, [
      patient.email,
      `Booking Patient ${patient.providerIndex}`,
      passwordHash,
    ]);
    await pool.query("insert into patients (user_id) values ($1)", [userId]);
  }
  const staffId = await one(`insert into users (email, name, role, password_hash) values ($1, 'Bench Front Desk', 'front_desk', $2) returning id`, [BENCH_STAFF_EMAIL, passwordHash]);
  // Staff must have an authenticator (0085); booking.ts marks the bench session's second step done.
  await pool.query("insert into user_totp (user_id, secret, enabled_at) values ($1, 'BENCHFRONTDESKTWOSTEPKEYAAAAAAAA', now())", [staffId]);

  // (provider index + PROVIDERS × k) mod HISTORY_PATIENTS differs across providers for one slot k,
  // and different k never overlap, so no patient holds two overlapping visits.
  const inserted = await pool.query(
    `with prov as (select id, row_number() over (order by slug) - 1 as idx from providers where slug like 'bench-%'),
          pat as (select p.id, row_number() over (order by u.email) - 1 as idx
                  from patients p join users u on u.id = p.user_id where u.email like 'history-%')
     insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at, status)
     select pat.id, prov.id, $1, $2, s.starts_at, s.starts_at + make_interval(mins => $3),
            (case when s.starts_at < now() then 'completed' else 'booked' end)::appointment_status
     from prov
     cross join generate_series(current_date - ${PAST_DAYS}, current_date + ${FUTURE_DAYS}, interval '1 day') as d(day)
     cross join generate_series(0, ${SLOTS_PER_DAY - 1}) as k
     cross join lateral (select ((d.day::date + time '08:00' + k * make_interval(mins => $3)) at time zone '${TIME_ZONE}') as starts_at) s
     join pat on pat.idx = (prov.idx + ${PROVIDERS} * k) % ${HISTORY_PATIENTS}
     where extract(isodow from d.day) < 6 and (d.day < current_date or k % 2 = 0)`,
    [serviceId, locationId, SLOT_MINUTES],
  );
  await pool.query("analyze");
  return { locationId, serviceId, providerIds, bookingPatients, appointmentCount: inserted.rowCount ?? 0 };
}

/** The free (odd) slots of the given day offsets from today (local weekdays), as instants. */
export function freeSlotStarts(now: Date, firstDayOffset: number, lastDayOffset: number): Date[] {
  const starts: Date[] = [];
  const today = todayInZone(TIME_ZONE, now);
  for (let offset = firstDayOffset; offset <= lastDayOffset; offset++) {
    const date = addCalendarDays(today, offset);
    if (isoWeekday(date) > 5) continue;
    for (let k = 1; k < SLOTS_PER_DAY; k += 2) {
      const minutes = 8 * 60 + k * SLOT_MINUTES;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      starts.push(wallClockToInstant(date, time, TIME_ZONE));
    }
  }
  return starts;
}
