/**
 * `pnpm --filter @clinic/tests bench` runs this after booking.ts (also `bench:pages` alone): the patient
 * site's pages, issue 11's figures (printed, not pass/fail; decision 0092). A fresh database on the test
 * server gets the DEMO clinic (its health library), the BUILT patient site runs with its `pnpm start` server (server.mjs) on
 * BENCH_PORT + 2 (3102 by default), and in one run:
 *   - throughput of an article page against a static asset of the same server (same connections, gzip
 *     accepted like a browser, in alternating slices), and their ratio;
 *   - first-load JS of the article as Chromium loads it (gzip bytes of every script response) against the
 *     framework's shared chunks (the build manifest's rootMainFiles, which every App Router page loads);
 *   - Lighthouse (default mobile profile) on home and the article: the four category scores, and the
 *     audits that cost points where a score is below issue 11's target.
 * Prints a table, writes bench/results/pages.json, exits non-zero only on a 5xx or a failed measurement.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { seedDemoDatabase } from "@clinic/db/seed";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "@clinic/db/testing";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import pg from "pg";
import { findChromium } from "../browser";
import { mergeSlices, runLoad, type LoadRequest, type LoadResult } from "./http-load";
import { startNextApp, stopProcess } from "./next-app";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
const siteDir = join(repoRoot, "apps", "patient-site");
/** booking.ts holds BENCH_PORT and the next one while it runs; this bench takes the one after. */
const PORT = Number(process.env.BENCH_PORT ?? 3100) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PHASE_SECONDS = Number(process.env.BENCH_PHASE_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 8;
/** The demo clinic's main article: long text, related articles and services, structured data. */
const ARTICLE_PATH = "/health-library/upper-back-pain";
// Issue 11 asks for these flags: a headless browser that calls nobody on a closed network.
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "seo", "best-practices"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, seo: 100, "best-practices": 95 };

type Scores = Record<(typeof CATEGORIES)[number], number>;
type LighthousePage = { path: string; scores: Scores; metrics: Record<string, number>; costs: { category: string; audit: string; title: string; score: number | null; displayValue?: string }[] };
type FirstLoadJs = { scripts: { path: string; gzipBytes: number; shared: boolean }[]; articleGzipBytes: number; sharedGzipBytes: number; articleOnlyGzipBytes: number };

function chromiumPath(): string {
  const found = findChromium();
  if (!found || !("executablePath" in found)) throw new Error("no Chromium found (/usr/bin/chromium, or E2E_CHROMIUM_PATH)");
  return found.executablePath;
}

/** The framework's shared chunks: the files Next lists as loaded by every App Router page. */
function sharedChunks(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(siteDir, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

/** Every script the browser fetched for the article, gzipped here at zlib's default level (as Next serves them). */
async function firstLoadJs(executablePath: string, shared: Set<string>): Promise<FirstLoadJs> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const pending: Promise<{ path: string; gzipBytes: number; shared: boolean }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      const path = new URL(response.url()).pathname;
      pending.push(response.body().then((body) => ({ path, gzipBytes: gzipSync(body).length, shared: shared.has(path) })));
    });
    const answer = await page.goto(`${ORIGIN}${ARTICLE_PATH}`, { waitUntil: "networkidle" });
    if (answer?.status() !== 200) throw new Error(`${ARTICLE_PATH} answered ${answer?.status()}`);
    const scripts = (await Promise.all(pending)).sort((a, b) => a.path.localeCompare(b.path));
    const sum = (list: typeof scripts) => list.reduce((total, script) => total + script.gzipBytes, 0);
    // The shared figure is the manifest's whole set, gzipped from disk, whether or not this page asked for each.
    const sharedGzipBytes = [...shared].reduce((total, path) => total + gzipSync(readFileSync(join(siteDir, ".next", path.slice("/_next/".length)))).length, 0);
    return { scripts, articleGzipBytes: sum(scripts), sharedGzipBytes, articleOnlyGzipBytes: sum(scripts.filter((script) => !script.shared)) };
  } finally {
    await browser.close();
  }
}

async function lighthousePages(executablePath: string, paths: string[]): Promise<LighthousePage[]> {
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: CHROMIUM_FLAGS });
  try {
    const pages: LighthousePage[] = [];
    for (const path of paths) {
      console.info(`bench: Lighthouse (mobile) on ${path}…`);
      const run = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const lhr = run.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)])) as Scores;
      const costs: LighthousePage["costs"] = [];
      for (const id of CATEGORIES) {
        if (scores[id] >= TARGETS[id]) continue;
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
          costs.push({ category: id, audit: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
        }
      }
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      pages.push({
        path,
        scores,
        metrics: { fcpMs: metric("first-contentful-paint"), lcpMs: metric("largest-contentful-paint"), tbtMs: metric("total-blocking-time"), cls: metric("cumulative-layout-shift"), speedIndexMs: metric("speed-index") },
        costs,
      });
    }
    return pages;
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<number> {
  if (!existsSync(join(siteDir, ".next", "BUILD_ID"))) {
    console.error("bench: patient-site is not built; run `pnpm build` first (the root `pnpm bench` does).");
    return 1;
  }
  const executablePath = chromiumPath();
  const shared = sharedChunks();
  const staticAsset = [...shared][0]!;

  const server = await startTestServer({ unsafeFast: false });
  const name = uniqueDatabaseName("clinic_bench_pages");
  let app: Awaited<ReturnType<typeof startNextApp>> | undefined;
  try {
    const url = await createMigratedDatabase(server.adminUrl, name);
    await seedDemoDatabase(url);
    const version = await (async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<{ server_version: string }>("show server_version")).rows[0]!.server_version;
      } finally {
        await client.end();
      }
    })();
    app = await startNextApp({ repoRoot, app: "patient-site", port: PORT, databaseUrl: url, patientSiteUrl: ORIGIN, staffAdminUrl: `http://127.0.0.1:${PORT + 1}` });

    // A browser's request: gzip accepted, so both sides pay for compression as they would in use.
    const get = (path: string) => (): LoadRequest => ({ method: "GET", path, headers: { "accept-encoding": "gzip", accept: "text/html,*/*" } });
    const plan: [string, () => LoadRequest][] = [
      [`article page ${ARTICLE_PATH}`, get(ARTICLE_PATH)],
      [`static asset ${staticAsset.replace("/_next/static/chunks/", "…/")}`, get(staticAsset)],
    ];
    for (const [, next] of plan) await runLoad({ label: "warm-up", origin: ORIGIN, connections: CONNECTIONS, seconds: 2, next });
    // Alternating short slices, as in booking.ts: a machine that speeds up or slows down weighs on both alike.
    const slices = plan.map(() => [] as Awaited<ReturnType<typeof runLoad>>[]);
    for (let round = 1; round <= ROUNDS; round++) {
      console.info(`bench: pages round ${round} of ${ROUNDS}, ${plan.length} phases × ${(PHASE_SECONDS / ROUNDS).toFixed(1)} s…`);
      for (const [index, [label, next]] of plan.entries()) slices[index]!.push(await runLoad({ label, origin: ORIGIN, connections: CONNECTIONS, seconds: PHASE_SECONDS / ROUNDS, next }));
    }
    const http = slices.map((phase) => mergeSlices(phase).result);

    console.info("bench: first-load JS of the article in Chromium…");
    const js = await firstLoadJs(executablePath, shared);
    const lighthouseResults = await lighthousePages(executablePath, ["/", ARTICLE_PATH]);

    const report = summarise({ http, js, lighthouse: lighthouseResults, version });
    mkdirSync(join(here, "results"), { recursive: true });
    writeFileSync(join(here, "results", "pages.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.info(`bench: wrote ${join("tests", "bench", "results", "pages.json")}`);
    return http.every((r) => r.status["5xx"] === 0 && r.errors === 0 && r.status["2xx"] === r.requests) ? 0 : 1;
  } finally {
    if (app) await stopProcess(app);
    await dropDatabase(server.adminUrl, name).catch(() => undefined);
    await server.stop();
  }
}

function summarise(input: { http: LoadResult[]; js: FirstLoadJs; lighthouse: LighthousePage[]; version: string }) {
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const [article, asset] = input.http as [LoadResult, LoadResult];
  const articleVsStatic = article.requestsPerSecond / asset.requestsPerSecond;
  const jsOverShared = input.js.articleGzipBytes - input.js.sharedGzipBytes;
  const targets = {
    articleAtLeastHalfOfStatic: articleVsStatic >= 0.5,
    articleJsAtMostSharedPlus15kB: jsOverShared <= 15_000,
    ...Object.fromEntries(input.lighthouse.map((page) => [`lighthouse ${page.path}`, CATEGORIES.every((id) => page.scores[id] >= TARGETS[id])])),
  };

  const rows = input.http.map((r) => [r.label, String(r.connections), fmt(r.requestsPerSecond, 0), fmt(r.p50Ms), fmt(r.p95Ms), fmt(r.p99Ms), Object.entries(r.byStatus).map(([code, n]) => `${code}×${n}`).join(" ")]);
  const header = ["phase", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "responses"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`;
  const lhHeader = ["page (Lighthouse, mobile)", ...CATEGORIES, "LCP ms", "TBT ms", "CLS"];
  const lhRows = input.lighthouse.map((page) => [page.path, ...CATEGORIES.map((id) => String(page.scores[id])), fmt(page.metrics.lcpMs!, 0), fmt(page.metrics.tbtMs!, 0), fmt(page.metrics.cls!, 3)]);
  const lhWidths = lhHeader.map((h, i) => Math.max(h.length, ...lhRows.map((row) => row[i]!.length)));
  const lhLine = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(lhWidths[i]!) : cell.padStart(lhWidths[i]!))).join("  ")}`;
  const costs = input.lighthouse.flatMap((page) => page.costs.map((cost) => `    ${page.path} ${cost.category}: ${cost.audit} (${cost.score === null ? "–" : Math.round(cost.score * 100)}) ${cost.title}${cost.displayValue ? ` — ${cost.displayValue}` : ""}`));
  console.info(
    [
      "",
      `Patient pages benchmark — PostgreSQL ${input.version}, demo clinic, patient-site server.mjs, ${PHASE_SECONDS} s per phase in ${ROUNDS} turns`,
      "",
      line(header),
      line(widths.map((w) => "-".repeat(w))),
      ...rows.map(line),
      "",
      `  article / static asset         ${fmt(articleVsStatic, 2)}×  (target ≥ 0.5)`,
      `  first-load JS of the article   ${kB(input.js.articleGzipBytes)} gzip in ${input.js.scripts.length} scripts; framework shared chunks ${kB(input.js.sharedGzipBytes)}; article − shared ${kB(jsOverShared)} (target ≤ 15 kB)`,
      "",
      lhLine(lhHeader),
      lhLine(lhWidths.map((w) => "-".repeat(w))),
      ...lhRows.map(lhLine),
      `  Lighthouse targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, SEO ${TARGETS.seo}, best practices ≥ ${TARGETS["best-practices"]}`,
      ...(costs.length > 0 ? ["  audits costing points where a score is below target:", ...costs] : []),
      `  targets: ${Object.entries(targets).map(([label, met]) => `${label} ${met ? "met" : "MISSED"}`).join(", ")}`,
      "",
    ].join("\n"),
  );
  return { ranAt: new Date().toISOString(), postgres: input.version, phaseSeconds: PHASE_SECONDS, rounds: ROUNDS, http: input.http, ratios: { articleVsStatic }, firstLoadJs: { ...input.js, articleMinusSharedGzipBytes: jsOverShared }, lighthouse: input.lighthouse, targets };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
