/**
 * The patient site's production server (`pnpm start`): Next's request handler behind the page cache's fast
 * path (docs/decisions/0098), which instrumentation.ts installs when the cache is on. Flags as `next start`.
 */
import { createServer } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, keepAliveTimeout: { type: "string" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// The app reads PORT (env.ts) for the address it renders cache fills through.
process.env.PORT = String(port);

const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname: values.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Shared with the app's bundles under this symbol (src/page-cache/shared.ts).
const PAGE_CACHE = Symbol.for("clinic.patient-site.page-cache");

const server = createServer((request, response) => {
  try {
    if (globalThis[PAGE_CACHE]?.front?.(request, response)) return;
  } catch (error) {
    // The fast path writes nothing before it has the whole answer, so Next can still answer instead.
    console.error("page cache fast path:", error instanceof Error ? error.message : error);
    if (response.headersSent) return void response.destroy();
  }
  void handle(request, response);
});
if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout);
// No hostname: every address, IPv6 included, as `next start`.
server.listen(port, values.hostname, () => console.info(`patient site: listening on port ${port}`));

// As `next start`: finish the requests in hand, close Next, exit with the signal's code.
for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]]) {
  process.once(signal, () => server.close(() => void app.close().finally(() => process.exit(code))));
}
