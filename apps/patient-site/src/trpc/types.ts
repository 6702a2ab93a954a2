import type { PatientRouter } from "@clinic/api/patient-router";
import type { inferRouterOutputs } from "@trpc/server";

/** What each patient procedure returns, for typing props of components that render it. */
export type PatientOutputs = inferRouterOutputs<PatientRouter>;
