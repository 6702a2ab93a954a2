import { createTRPCContext } from "@clinic/api/context";
import { patientRouter } from "@clinic/api/patient-router";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUser } from "~/auth";

// The session is read from cookies on every call; nothing here can be cached or prerendered.
export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: patientRouter,
    createContext: async () => createTRPCContext({ headers: req.headers, user: await getSessionUser() }),
    onError({ error, path }) {
      // Only unexpected failures are worth a log line; never log the input, it may hold patient details.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // The message only: a database error's `detail` can echo the values that were written.
        const reason = error.cause instanceof Error ? error.cause.message : error.message;
        console.error(`tRPC ${path ?? "<unknown>"} failed: ${reason}`);
      }
    },
  });
}

export { handler as GET, handler as POST };
