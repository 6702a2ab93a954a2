import { spawn } from "node:child_process";
import { createDb } from "./src/client";
import { seedDemoClinic } from "./src/seed";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "./src/testing/test-server";
import { sql } from "drizzle-orm";

const server = await startTestServer();
const name = uniqueDatabaseName("clinic_smoke");
try {
  const url = await createMigratedDatabase(server.adminUrl, name);
  const db = createDb(url, { max: 2 });
  await seedDemoClinic(db);
  const before = await db.execute(sql`select status, count(*)::int from email_outbox group by status`);
  console.log("outbox before:", before.rows);
  const child = spawn("pnpm", ["--filter", "@clinic/worker", "start"], { cwd: "/work/main", env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => { out += d; process.stdout.write(`[w] ${d}`); });
  child.stderr.on("data", (d) => { out += d; process.stdout.write(`[w!] ${d}`); });
  while (!out.includes("worker: ready")) await new Promise((r) => setTimeout(r, 100));
  await db.execute(sql`insert into email_outbox (to_address, subject, text_body, template) values ('alex@example.com','s','b','welcome')`);
  await db.execute(sql`select graphile_worker.add_job('deliver_outbox', '{}'::json, job_key := 'deliver-outbox', job_key_mode := 'preserve_run_at')`);
  await new Promise((r) => setTimeout(r, 3000));
  const after = await db.execute(sql`select status, count(*)::int from email_outbox group by status`);
  console.log("outbox after:", after.rows);
  const started = Date.now();
  child.kill("SIGTERM");
  const code = await new Promise((r) => child.on("exit", (c, s) => r([c, s])));
  console.log("worker exit:", code, "after", Date.now() - started, "ms");
  await db.$client.end();
} finally {
  await dropDatabase(server.adminUrl, name);
  await server.stop();
}
