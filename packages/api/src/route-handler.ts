import type { Database } from "@clinic/db/client";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { AnyTRPCRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTRPCContext } from "./context";
import { describeForLog } from "./errors";
import { checkTrpcRequest, withApiHeaders } from "./http-limits";

/**
 * The body of both apps' /api/trpc route: size and batch limits first, then tRPC with a context
 * that reads the session (tests pass their own `db`). Only unexpected failures are logged, by procedure and request id:
 * never the input or a driver's message (they may hold patient data; see errors.ts).
 */
export function trpcRouteHandler(router: AnyTRPCRouter, getSessionUser: () => Promise<SessionUser | null>, db?: Database) {
  return async function handler(req: Request): Promise<Response> {
    const checked = await checkTrpcRequest(req);
    if ("refused" in checked) return withApiHeaders(checked.refused);
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: checked.request,
      router,
      createContext: async () => createTRPCContext({ headers: checked.request.headers, user: await getSessionUser(), db }),
      onError({ error, path }) {
        // Procedures' failures were logged by toClientError (which drops the cause); this is the rest, e.g. the session read.
        if (error.code === "INTERNAL_SERVER_ERROR" && error.cause) {
          console.error("api: request failed outside a procedure", { path: path ?? null, error: describeForLog(error.cause) });
        }
      },
    });
    return withApiHeaders(response);
  };
}
