import { createTRPCContext } from "@clinic/api/context";
import { staffRouter } from "@clinic/api/staff-router";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUser } from "~/auth";
import "~/env";

// Sessions are checked against the database on every call; never cache.
export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: staffRouter,
    req,
    createContext: async () => createTRPCContext({ headers: req.headers, user: await getSessionUser() }),
    onError({ error, path }) {
      // Log the failing procedure and message only: inputs may hold patient data.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "<no-path>"} failed: ${error.message}`);
    },
  });
}

export { handler as GET, handler as POST };
