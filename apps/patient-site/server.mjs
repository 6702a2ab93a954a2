/**
 * The patient site's production server (`pnpm start`): Next's own request handler, behind the page cache's
 * fast path (docs/decisions/0098). A cached public page is answered before Next's router with bytes
 * compressed once; everything else is Next's, as under `next start`. instrumentation.ts installs the
 * fast path when the cache is on; until then, and with PAGE_CACHE=off, every request goes to Next.
 * Flags as `next start`: --port (default PORT or 3000), --hostname (default all interfaces).
 */
import { createServer } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";
// The app reads PORT (env.ts) for the address it renders cache fills through.
process.env.PORT = String(port);

const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Shared with the app's bundles under this symbol (src/page-cache/shared.ts).
const PAGE_CACHE = Symbol.for("clinic.patient-site.page-cache");

const server = createServer((request, response) => {
  try {
    if (globalThis[PAGE_CACHE]?.front?.(request, response)) return;
  } catch (error) {
    // The fast path failing must never take a page down: Next answers instead.
    console.error("page cache fast path:", error instanceof Error ? error.message : error);
    if (response.headersSent) return void response.destroy();
  }
  void handle(request, response);
});
server.listen(port, hostname, () => console.info(`patient site: listening on http://${hostname}:${port}`));

function shutDown() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.once("SIGTERM", shutDown);
process.once("SIGINT", shutDown);
