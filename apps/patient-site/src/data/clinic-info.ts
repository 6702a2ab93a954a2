import { cache } from "react";
import { getCaller } from "~/trpc/server";

/** The header, footer and home page all need the clinic's name and locations; fetch them once per request. */
export const getClinicInfo = cache(async () => (await getCaller()).clinic.info());

export const getLocations = cache(async () => (await getCaller()).locations.list());
