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
}): Promise<LoadResult> {
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
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const count = (predicate: (code: number) => boolean) =>
    Object.entries(byStatus).reduce((sum, [code, n]) => (predicate(Number(code)) ? sum + n : sum), 0);
  const seconds = result.duration;
  return {
    label: options.label,
    connections: options.connections,
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
    errors: result.errors + result.timeouts,
  };
}
