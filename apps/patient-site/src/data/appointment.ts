import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getCaller } from "~/trpc/server";

/**
 * One of the signed-in patient's appointments, or null when there is none by that id for them
 * (unknown, someone else's, or not even a UUID). Cached so metadata and the page share one query.
 */
export const getOwnAppointment = cache(async (id: string) => {
  try {
    return await (await getCaller()).appointments.byId({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});
