import { staffRouter } from "@clinic/api/staff-router";
import { trpcRouteHandler } from "@clinic/api/route-handler";
import { getSessionUser } from "~/auth";
import "~/env";

// Sessions are checked against the database on every call; never cache.
export const dynamic = "force-dynamic";

const handler = trpcRouteHandler(staffRouter, getSessionUser);

export { handler as GET, handler as POST };
