import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

/**
 * A BUILT app's production server on 127.0.0.1:`port` with its production settings; resolves once it answers.
 * Node runs the server directly so that extra Node flags can be given (BENCH_APP_NODE_ARGS, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/profile" to see where the server spends its time).
 */
export async function startNextApp(options: { repoRoot: string; app: "patient-site" | "staff-admin"; port: number; databaseUrl: string; patientSiteUrl: string; staffAdminUrl: string }): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${options.port}`;
  // What the app's `pnpm start` runs: the patient site's own server (the page cache's fast path in front of Next), `next start` for the staff app.
  const entry = options.app === "patient-site" ? ["server.mjs"] : [join(options.repoRoot, `apps/${options.app}/node_modules/next/dist/bin/next`), "start"];
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, ...entry, "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: join(options.repoRoot, `apps/${options.app}`),
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      MFA_ENCRYPTION_KEY: randomBytes(32).toString("base64url"),
      AUTH_URL: origin,
      AUTH_TRUST_HOST: "true",
      PATIENT_SITE_URL: options.patientSiteUrl,
      STAFF_ADMIN_URL: options.staffAdminUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the ${options.app} server exited with ${child.exitCode}`);
    try {
      // Any answer (the staff admin's sign-in page, or a 401 from its API) means the server is up.
      if ((await fetch(`${origin}/sign-in`)).status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopProcess(child);
  throw new Error(`the ${options.app} server did not answer within 60 s`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}
