// Calls a router through tRPC's fetch adapter, the way the apps' /api/trpc route does, so tests
// see exactly what a browser receives (error formatter included).
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { Database } from "@clinic/db/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { createTRPCContext } from "../context";

export type HttpError = {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; zodError: { formErrors: string[]; fieldErrors: Record<string, string[]> } | null };
};

export async function callOverHttp(
  router: AnyTRPCRouter,
  options: { db: Database; user: SessionUser | null; path: string; type: "query" | "mutation"; input?: unknown },
): Promise<{ status: number; result?: unknown; error?: HttpError }> {
  const encoded = JSON.stringify(superjson.serialize(options.input));
  const url = `http://localhost/api/trpc/${options.path}`;
  const req =
    options.type === "query"
      ? new Request(`${url}?input=${encodeURIComponent(encoded)}`)
      : new Request(url, { method: "POST", body: encoded, headers: { "content-type": "application/json" } });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router,
    createContext: () => createTRPCContext({ headers: req.headers, user: options.user, db: options.db }),
  });
  const body = (await response.json()) as { result?: { data: never }; error?: never };
  if (body.error) return { status: response.status, error: superjson.deserialize<HttpError>(body.error) };
  return { status: response.status, result: superjson.deserialize(body.result?.data ?? { json: null }) };
}
