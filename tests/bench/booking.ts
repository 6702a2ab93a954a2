/**
 * `pnpm --filter @clinic/tests bench` (also run by the root `pnpm bench`): booking under load.
 * A fresh database on the test server (embedded PostgreSQL, or TEST_DATABASE_URL's server) gets the
 * benchmark clinic (≥ 100,000 appointments, dataset.ts); the BUILT patient site runs with
 * `next start` on port 3100; then, in one run on the same server:
 *   - the pure rules: bookableSlots for 8 providers × 60 days (@clinic/domain);
 *   - HTTP: a trivial procedure (clinic.info), availability.search and appointments.book;
 *   - HTTP on the BUILT staff admin (the next port, 3101, a front-desk user signed in): the trivial `me`,
 *     calendar.day (every provider's column) and calendar.week (one provider, or the location);
 *   - the raw database floor: constraint-checked inserts/s from plain pg connections.
 * Prints a table, writes bench/results/booking.json, and exits non-zero on any 5xx or double booking.
 */
import { type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "@clinic/db/testing";
import { benchBookableSlots } from "@clinic/domain/bench/bookable-slots.bench";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import pg from "pg";
import { BENCH_PASSWORD, BENCH_STAFF_EMAIL, createBenchClinic, freeSlotStarts, PROVIDERS, TIME_ZONE } from "./dataset";
import { constraintCheckedInsertRate } from "./db-floor";
import { mergeSlices, runLoad, type LoadRequest, type LoadResult } from "./http-load";
import { startNextApp, stopProcess } from "./next-app";
import { signInOverHttp } from "./sign-in";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
/** The patient site's port; the staff admin takes the next one. BENCH_PORT moves both (another bench may hold 3100). */
const PORT = Number(process.env.BENCH_PORT ?? 3100);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STAFF_PORT = PORT + 1;
const STAFF_ORIGIN = `http://127.0.0.1:${STAFF_PORT}`;
const PHASE_SECONDS = Number(process.env.BENCH_PHASE_SECONDS ?? 10);
/** Each phase runs in this many slices, taking turns with the others (see the plan below). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** E.g. "appointments.book" to profile one procedure alone; the report then lacks the other figures. */
const ONLY_PHASES = process.env.BENCH_ONLY_PHASES?.split(",").filter(Boolean);

const trpcGet = (procedure: string, input: unknown): LoadRequest => ({
  method: "GET",
  path: `/api/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
});

async function main(): Promise<number> {
  for (const app of ["patient-site", "staff-admin"]) {
    if (!existsSync(join(repoRoot, `apps/${app}/.next/BUILD_ID`))) {
      console.error(`bench: ${app} is not built; run \`pnpm build\` first (the root \`pnpm bench\` does).`);
      return 1;
    }
  }
  console.info("bench: pure bookableSlots (8 providers × 60 days)…");
  const pure = await benchBookableSlots();

  const server = await startTestServer({ unsafeFast: false });
  const name = uniqueDatabaseName("clinic_bench_http");
  let app: ChildProcess | undefined;
  let staffApp: ChildProcess | undefined;
  try {
    const url = await createMigratedDatabase(server.adminUrl, name);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection cut when the server stops (after a failure) must not crash the report.
    pool.on("error", () => undefined);
    const started = performance.now();
    const clinic = await createBenchClinic(pool);
    console.info(`bench: ${clinic.appointmentCount.toLocaleString("en-US")} appointments over ${PROVIDERS} providers in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    app = await startApp("patient-site", PORT, url);
    staffApp = await startApp("staff-admin", STAFF_PORT, url);
    const staffCookie = await signInOverHttp(STAFF_ORIGIN, BENCH_STAFF_EMAIL, BENCH_PASSWORD);
    // The password step leaves a session owing the authenticator code; the bench measures the calendar,
    // not that step (a server action), so it records the code as given. Without this every staff call is a 401.
    await pool.query("update auth_sessions set mfa_verified_at = now() from users u where u.id = auth_sessions.user_id and u.email = $1", [BENCH_STAFF_EMAIL]);
    const meStatus = (await fetch(`${STAFF_ORIGIN}/api/trpc/me`, { headers: { cookie: staffCookie } })).status;
    if (meStatus !== 200) throw new Error(`the bench front desk's session is refused (me answered ${meStatus}); the staff figures would measure the refusal`);
    const cookies = new Map<number, string>();
    for (const patient of clinic.bookingPatients) {
      cookies.set(patient.providerIndex, await signInOverHttp(ORIGIN, patient.email, BENCH_PASSWORD));
    }

    const today = todayInZone(TIME_ZONE);
    let searchCount = 0;
    const nextSearch = (): LoadRequest => {
      searchCount++;
      const providerId = searchCount % 4 === 0 ? "any" : clinic.providerIds[searchCount % PROVIDERS]!;
      const from = addCalendarDays(today, searchCount % 46);
      return trpcGet("availability.search", { serviceId: clinic.serviceId, locationId: clinic.locationId, providerId, from, to: addCalendarDays(from, 13) });
    };
    const trivial = (): LoadRequest => trpcGet("clinic.info", undefined);

    const staffGet = (procedure: string, input: unknown): LoadRequest => ({ ...trpcGet(procedure, input), headers: { cookie: staffCookie } });
    const staffTrivial = (): LoadRequest => staffGet("me", undefined);
    let calendarCount = 0;
    const nextCalendarDay = (): LoadRequest => {
      calendarCount++;
      return staffGet("calendar.day", { locationId: clinic.locationId, date: addCalendarDays(today, (calendarCount % 60) - 30) });
    };
    const nextCalendarWeek = (): LoadRequest => {
      calendarCount++;
      // Three in four for one provider, one in four the whole location (every provider's visits).
      const providerId = calendarCount % 4 === 0 ? undefined : clinic.providerIds[calendarCount % PROVIDERS];
      return staffGet("calendar.week", { locationId: clinic.locationId, date: addCalendarDays(today, 7 * ((calendarCount % 16) - 8)), providerId });
    };

    const freeSlots = clinic.providerIds.map(() => freeSlotStarts(new Date(), 2, 88));
    let bookCount = 0;
    let slotsRanOut = 0;
    const nextBooking = (): LoadRequest => {
      const providerIndex = bookCount++ % PROVIDERS;
      const queue = freeSlots[providerIndex]!;
      const free = queue.shift();
      if (!free) slotsRanOut++;
      const start = free ?? new Date(Date.now() + 3 * 86_400_000); // ran out: an unbookable time, refused with a 4xx
      return {
        method: "POST",
        path: "/api/trpc/appointments.book",
        headers: { "content-type": "application/json", cookie: cookies.get(providerIndex)! },
        body: JSON.stringify({
          json: {
            serviceId: clinic.serviceId,
            locationId: clinic.locationId,
            providerId: clinic.providerIds[providerIndex],
            start: start.toISOString(),
            idempotencyKey: randomUUID(),
          },
        }),
      };
    };

    // Warm up every route (JIT, connection pools, Next's route compilation cache).
    for (const next of [trivial, nextSearch]) await runLoad({ label: "warm-up", origin: ORIGIN, connections: 4, seconds: 2, next });
    for (const next of [staffTrivial, nextCalendarDay, nextCalendarWeek]) await runLoad({ label: "warm-up", origin: STAFF_ORIGIN, connections: 4, seconds: 2, next });

    // The phases take turns in ROUNDS short slices rather than one long run each, so a machine that
    // speeds up or slows down during the run (other tenants, thermal) weighs on every phase alike and
    // the ratios compare like with like.
    const plan: [label: string, connections: number, next: () => LoadRequest, origin?: string][] = [
      ["clinic.info (trivial)", 32, trivial],
      ["availability.search", 32, nextSearch],
      ["clinic.info (trivial)", 4, trivial],
      ["availability.search", 4, nextSearch],
      ["appointments.book", 32, nextBooking],
      ["staff me (trivial)", 4, staffTrivial, STAFF_ORIGIN],
      ["calendar.day", 4, nextCalendarDay, STAFF_ORIGIN],
      ["calendar.week", 4, nextCalendarWeek, STAFF_ORIGIN],
    ].filter(([label]) => !ONLY_PHASES || ONLY_PHASES.some((only) => (label as string).startsWith(only))) as typeof plan;
    const slices = plan.map(() => [] as Awaited<ReturnType<typeof runLoad>>[]);
    for (let round = 1; round <= ROUNDS; round++) {
      console.info(`bench: round ${round} of ${ROUNDS}, ${plan.length} phases × ${(PHASE_SECONDS / ROUNDS).toFixed(1)} s…`);
      for (const [index, [label, connections, next, origin]] of plan.entries()) {
        slices[index]!.push(await runLoad({ label, origin: origin ?? ORIGIN, connections, seconds: PHASE_SECONDS / ROUNDS, next }));
      }
    }
    const http: LoadResult[] = slices.map((phaseSlices) => mergeSlices(phaseSlices).result);

    const patientIds = (await pool.query<{ id: string }>("select p.id from patients p join users u on u.id = p.user_id where u.email like 'history-%' order by u.email limit 32")).rows.map((row) => row.id);
    console.info(`bench: database floor, 32 connections, ${PHASE_SECONDS} s…`);
    const floor = await constraintCheckedInsertRate(url, { patientIds, providerIds: clinic.providerIds, serviceId: clinic.serviceId, locationId: clinic.locationId }, { connections: 32, seconds: PHASE_SECONDS });

    const doubleBookings = Number(
      (
        await pool.query<{ n: string }>(
          `select count(*) as n from appointments a join appointments b
             on a.provider_id = b.provider_id and a.id < b.id
            and a.status in ('booked','checked_in','completed') and b.status in ('booked','checked_in','completed')
            and appointment_blocked_range(a.starts_at, a.ends_at, a.buffer_before_minutes, a.buffer_after_minutes)
             && appointment_blocked_range(b.starts_at, b.ends_at, b.buffer_before_minutes, b.buffer_after_minutes)`,
        )
      ).rows[0]!.n,
    );
    const booked = Number(
      (await pool.query<{ n: string }>("select count(*) as n from appointments a join patients p on p.id = a.patient_id join users u on u.id = p.user_id where u.email like 'booker-%'")).rows[0]!.n,
    );
    const version = (await pool.query<{ server_version: string }>("show server_version")).rows[0]!.server_version;
    await pool.end();

    if (slotsRanOut > 0) console.warn(`bench: the free slots ran out ${slotsRanOut} times (4xx answers); shorten BENCH_PHASE_SECONDS`);
    const report = summarise({ pure, http, floor, doubleBookings, booked, version, appointments: clinic.appointmentCount });
    mkdirSync(join(here, "results"), { recursive: true });
    writeFileSync(join(here, "results", "booking.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.info(`bench: wrote ${join("tests", "bench", "results", "booking.json")}`);
    const fiveHundreds = http.reduce((sum, result) => sum + result.status["5xx"] + result.errors, 0);
    return fiveHundreds === 0 && doubleBookings === 0 ? 0 : 1;
  } finally {
    if (staffApp) await stopProcess(staffApp);
    if (app) await stopProcess(app);
    await dropDatabase(server.adminUrl, name).catch(() => undefined);
    await server.stop();
  }
}

function summarise(input: {
  pure: Awaited<ReturnType<typeof benchBookableSlots>>;
  http: LoadResult[];
  floor: Awaited<ReturnType<typeof constraintCheckedInsertRate>>;
  doubleBookings: number;
  booked: number;
  version: string;
  appointments: number;
}) {
  // A phase left out (BENCH_ONLY_PHASES) reads as NaN, printed "–", and its target as missed.
  const rate = (label: string, connections: number) => input.http.find((r) => r.label.startsWith(label) && r.connections === connections)?.requestsPerSecond ?? Number.NaN;
  const trivial32 = { requestsPerSecond: rate("clinic.info", 32) };
  const search32 = { requestsPerSecond: rate("availability.search", 32) };
  const search4 = { p95Ms: input.http.find((r) => r.label.startsWith("availability.search") && r.connections === 4)?.p95Ms ?? Number.NaN };
  const book32 = { requestsPerSecond: rate("appointments.book", 32) };
  const p95 = (label: string) => input.http.find((r) => r.label.startsWith(label) && r.connections === 4)?.p95Ms ?? Number.NaN;
  const calendar = {
    dayP95Ms: p95("calendar.day"),
    weekP95Ms: p95("calendar.week"),
    dayVsTrivial: rate("calendar.day", 4) / rate("clinic.info", 4),
    weekVsTrivial: rate("calendar.week", 4) / rate("clinic.info", 4),
    dayVsStaffTrivial: rate("calendar.day", 4) / rate("staff me", 4),
    weekVsStaffTrivial: rate("calendar.week", 4) / rate("staff me", 4),
  };
  const ratios = {
    searchVsTrivial: search32.requestsPerSecond / trivial32.requestsPerSecond,
    bookVsTrivial: book32.requestsPerSecond / trivial32.requestsPerSecond,
    bookVsDatabaseFloor: book32.requestsPerSecond / input.floor.perSecond,
  };
  const targets = {
    pureMedianAtMost5Ms: input.pure.medianMs <= 5,
    searchAtLeastHalfOfTrivial: ratios.searchVsTrivial >= 0.5,
    searchP95AtMost25MsAt4Connections: search4.p95Ms <= 25,
    bookAtLeast0_3OfTrivial: ratios.bookVsTrivial >= 0.3,
    calendarDayP95AtMost50MsAt4Connections: calendar.dayP95Ms <= 50,
    calendarWeekP95AtMost50MsAt4Connections: calendar.weekP95Ms <= 50,
    calendarAtLeastHalfOfTrivial: calendar.dayVsTrivial >= 0.5 && calendar.weekVsTrivial >= 0.5,
    no5xx: input.http.every((r) => r.status["5xx"] === 0 && r.errors === 0),
    noDoubleBookings: input.doubleBookings === 0,
  };

  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
  const rows = input.http.map((r) =>
    [r.label, String(r.connections), fmt(r.requestsPerSecond, 0), fmt(r.p50Ms), fmt(r.p95Ms), fmt(r.p99Ms), Object.entries(r.byStatus).map(([code, n]) => `${code}×${n}`).join(" ")],
  );
  const header = ["phase", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "responses"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`;
  console.info(
    [
      "",
      `Booking benchmark — PostgreSQL ${input.version}, ${input.appointments.toLocaleString("en-US")} appointments, ${PROVIDERS} providers, next start (patient-site, staff-admin), ${PHASE_SECONDS} s per phase in ${ROUNDS} turns`,
      "",
      `  pure bookableSlots, 8 providers × 60 days: median ${fmt(input.pure.medianMs, 2)} ms, p95 ${fmt(input.pure.p95Ms, 2)} ms (${input.pure.runs} runs, ${input.pure.slots} slots)`,
      "",
      line(header),
      line(widths.map((w) => "-".repeat(w))),
      ...rows.map(line),
      "",
      `  database floor: ${fmt(input.floor.perSecond, 0)} constraint-checked inserts/s (32 connections)`,
      `  availability.search / trivial  ${fmt(ratios.searchVsTrivial, 2)}×  (target ≥ 0.5)`,
      `  appointments.book / trivial    ${fmt(ratios.bookVsTrivial, 2)}×  (target ≥ 0.3)`,
      `  appointments.book / db floor   ${fmt(ratios.bookVsDatabaseFloor, 2)}×`,
      `  calendar.day  p95 ${fmt(calendar.dayP95Ms)} ms, / clinic.info ${fmt(calendar.dayVsTrivial, 2)}×, / staff me ${fmt(calendar.dayVsStaffTrivial, 2)}×  (4 connections; targets p95 ≤ 50 ms, ≥ 0.5×)`,
      `  calendar.week p95 ${fmt(calendar.weekP95Ms)} ms, / clinic.info ${fmt(calendar.weekVsTrivial, 2)}×, / staff me ${fmt(calendar.weekVsStaffTrivial, 2)}×`,
      `  bookings made ${input.booked}, double bookings ${input.doubleBookings}`,
      `  targets: ${Object.entries(targets).map(([name, met]) => `${name} ${met ? "met" : "MISSED"}`).join(", ")}`,
      "",
    ].join("\n"),
  );
  return { ranAt: new Date().toISOString(), postgres: input.version, appointments: input.appointments, providers: PROVIDERS, phaseSeconds: PHASE_SECONDS, rounds: ROUNDS, pure: input.pure, http: input.http, databaseFloor: input.floor, ratios, calendar, bookingsMade: input.booked, doubleBookings: input.doubleBookings, targets };
}

function startApp(app: "patient-site" | "staff-admin", port: number, databaseUrl: string): Promise<ChildProcess> {
  return startNextApp({ repoRoot, app, port, databaseUrl, patientSiteUrl: ORIGIN, staffAdminUrl: STAFF_ORIGIN });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
