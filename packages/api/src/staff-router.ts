import { calendarRouter } from "./routers/calendar/router";
import { dashboardRouter } from "./routers/dashboard/router";
import { outboxRouter } from "./routers/outbox/router";
import { patientsRouter } from "./routers/patients/router";
import { schedulesRouter } from "./routers/schedules/router";
import { settingsRouter } from "./routers/settings/router";
import { auditRouter } from "./routers/audit/router";
import { staffAccountsRouter } from "./routers/staff-accounts/router";
import { libraryRouter } from "./routers/library/router";
import { me } from "./routers/staff/me";
import { myAccountRouter } from "./routers/my-account/router";
import { visitsRouter } from "./routers/visits/router";
import { createCallerFactory, router } from "./trpc";

/** Mounted only by staff-admin at /api/trpc. Every procedure requires a staff role. */
export const staffRouter = router({
  me,
  dashboard: dashboardRouter,
  calendar: calendarRouter,
  patients: patientsRouter,
  outbox: outboxRouter,
  schedules: schedulesRouter,
  settings: settingsRouter,
  visits: visitsRouter,
  audit: auditRouter,
  staffAccounts: staffAccountsRouter,
  library: libraryRouter,
  myAccount: myAccountRouter,
});
export type StaffRouter = typeof staffRouter;

export const createStaffCaller = createCallerFactory(staffRouter);

/** The audit trail's verbs, for the viewer's action filter. */
export { AUDIT_ACTIONS, type AuditAction } from "@clinic/db/queries/audit";
