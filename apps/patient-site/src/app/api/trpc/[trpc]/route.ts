import { patientRouter } from "@clinic/api/patient-router";
import { trpcRouteHandler } from "@clinic/api/route-handler";
import { getSessionUser } from "~/auth";

// The session is read from cookies on every call; nothing here can be cached or prerendered.
export const dynamic = "force-dynamic";

const handler = trpcRouteHandler(patientRouter, getSessionUser);

export { handler as GET, handler as POST };
