import autocannon from "autocannon";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export type LoadResult = {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  status: { "2xx": number; "4xx": number; "5xx": number; other: number };
  /** Responses by status code, e.g. { 200: 1234, 409: 3 }. */
  byStatus: Record<string, number>;
  errors: number;
};

/** Every response time, sorted (ms), to merge slices of one phase; not written to the report. */
type Measured = { result: LoadResult; latencies: number[] };

function summarize(label: string, connections: number, seconds: number, latencies: number[], byStatus: Record<string, number>, errors: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const count = (predicate: (code: number) => boolean) =>
    Object.entries(byStatus).reduce((sum, [code, n]) => (predicate(Number(code)) ? sum + n : sum), 0);
  return {
    label,
    connections,
    seconds,
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    status: {
      "2xx": count((code) => code >= 200 && code < 300),
      "4xx": count((code) => code >= 400 && code < 500),
      "5xx": count((code) => code >= 500),
      other: count((code) => code < 200 || (code >= 300 && code < 400)),
    },
    byStatus,
    errors,
  };
}

/**
 * Slices of one phase (the same label and connections) as one result: their requests over their
 * summed time, and percentiles over every response.
 */
export function mergeSlices(slices: readonly Measured[]): Measured {
  const first = slices[0];
  if (!first) throw new Error("no slices to merge");
  const latencies = slices.flatMap((slice) => slice.latencies);
  const byStatus: Record<string, number> = {};
  for (const slice of slices) for (const [code, n] of Object.entries(slice.result.byStatus)) byStatus[code] = (byStatus[code] ?? 0) + n;
  const seconds = slices.reduce((sum, slice) => sum + slice.result.seconds, 0);
  const errors = slices.reduce((sum, slice) => sum + slice.result.errors, 0);
  return { result: summarize(first.result.label, first.result.connections, seconds, latencies, byStatus, errors), latencies };
}

/**
 * `connections` keep-alive connections send requests back to back for `seconds`; `next()` makes
 * each request. Latencies come from every response (autocannon's own summary has no p95).
 */
export async function runLoad(options: {
  label: string;
  origin: string;
  connections: number;
  seconds: number;
  next: () => LoadRequest;
}): Promise<Measured> {
  const latencies: number[] = [];
  const byStatus: Record<string, number> = {};
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next();
          return { ...request, method: next.method, path: next.path, headers: { ...request.headers, ...next.headers }, body: next.body };
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    byStatus[statusCode] = (byStatus[statusCode] ?? 0) + 1;
  });
  const result = await done;
  return { result: summarize(options.label, options.connections, result.duration, latencies, byStatus, result.errors + result.timeouts), latencies };
}
