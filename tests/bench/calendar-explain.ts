/**
 * The staff calendar's one statement (loadCalendar) on the bench dataset, without HTTP: 120 calls
 * each of a location's day, one provider's week and a location's week, p50/p95, then EXPLAIN
 * (ANALYZE, BUFFERS) of the last call. Needs TEST_DATABASE_URL (an admin URL); makes and drops its
 * own database. `pnpm --filter @clinic/tests exec tsx bench/calendar-explain.ts` (docs/decisions/0075).
 */
import { createDb } from "@clinic/db/client";
import { createMigratedDatabase, dropDatabase, uniqueDatabaseName } from "@clinic/db/testing/server";
import { loadCalendar } from "@clinic/db/queries/calendar";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { createBenchClinic, TIME_ZONE } from "./dataset";

const admin = process.env.TEST_DATABASE_URL ?? "";
const name = uniqueDatabaseName("calexplain");
const testDb = { db: createDb(await createMigratedDatabase(admin, name), { max: 2 }) };
try {
  const pool = testDb.db.$client;
  const t0 = Date.now();
  const clinic = await createBenchClinic(pool as never);
  console.info(`dataset: ${clinic.appointmentCount} appointments in ${Date.now() - t0} ms`);
  const today = todayInZone(TIME_ZONE);
  let captured: { text: string; values: unknown[] } | null = null;
  const original = pool.query.bind(pool);
  // Drizzle sends the prepared statement as a query config: keep the calendar's text and parameters for EXPLAIN.
  (pool as unknown as { query: unknown }).query = (config: unknown, values?: unknown) => {
    const sent = config as { text?: string; values?: unknown[] } | null;
    if (typeof sent === "object" && sent?.text?.includes("columns as")) captured = { text: sent.text, values: (values as unknown[] | undefined) ?? sent.values ?? [] };
    return (original as (a: unknown, b?: unknown) => unknown)(config, values);
  };
  const timed = async (label: string, request: (i: number) => Parameters<typeof loadCalendar>[1]) => {
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const start = performance.now();
      await loadCalendar(testDb.db, request(i));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.info(`${label}: p50 ${times[60]!.toFixed(1)} ms, p95 ${times[113]!.toFixed(1)} ms`);
    const q = captured as { text: string; values: unknown[] } | null;
    if (q) {
      const plan = await original(`explain (analyze, buffers) ${q.text}`, q.values);
      console.info((plan.rows as { "QUERY PLAN": string }[]).map((row) => row["QUERY PLAN"]).join("\n"));
    }
  };
  await timed("day (20 providers)", (i) => ({ locationId: clinic.locationId, from: addCalendarDays(today, (i % 60) - 30), to: addCalendarDays(today, (i % 60) - 30), providerId: null, serviceId: null }));
  await timed("week (1 provider)", (i) => {
    const from = addCalendarDays(today, 7 * ((i % 16) - 8));
    return { locationId: clinic.locationId, from, to: addCalendarDays(from, 6), providerId: clinic.providerIds[i % 20]!, serviceId: null };
  });
  await timed("week (location)", (i) => {
    const from = addCalendarDays(today, 7 * ((i % 16) - 8));
    return { locationId: clinic.locationId, from, to: addCalendarDays(from, 6), providerId: null, serviceId: null };
  });
} finally {
  await testDb.db.$client.end();
  await dropDatabase(admin, name);
}
