import { accountRouter } from "./routers/account/router";
import { appointmentsRouter } from "./routers/appointments/router";
import { availabilityRouter } from "./routers/availability/router";
import { articlesRouter } from "./routers/articles/router";
import { clinicRouter } from "./routers/clinic/router";
import { locationsRouter } from "./routers/locations/router";
import { mediaRouter } from "./routers/media/router";
import { profileRouter } from "./routers/profile/router";
import { providersRouter } from "./routers/providers/router";
import { servicesRouter } from "./routers/services/router";
import { createCallerFactory, router } from "./trpc";

/** Mounted only by the patient site at /api/trpc. Holds no staff procedure. */
export const patientRouter = router({
  clinic: clinicRouter,
  services: servicesRouter,
  providers: providersRouter,
  locations: locationsRouter,
  articles: articlesRouter,
  media: mediaRouter,
  account: accountRouter,
  profile: profileRouter,
  availability: availabilityRouter,
  appointments: appointmentsRouter,
});
export type PatientRouter = typeof patientRouter;

/** Server-side calls (server components): `createPatientCaller(createTRPCContext({ headers, user }))`. */
export const createPatientCaller = createCallerFactory(patientRouter);
