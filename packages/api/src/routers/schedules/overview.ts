import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { providerScope, rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { loadScheduleOverview } from "@clinic/db/queries/schedule-changes";
import { staffProcedure } from "../../trpc";
import { scheduleOverviewDto } from "./dto";

/** Providers' hours, time off (pending requests too) and closures from yesterday on; a provider sees only their own. */
export const overview = staffProcedure(rolesThatMay("schedules.viewAll", "schedules.viewOwn"))
  .output(scheduleOverviewDto)
  .query(async ({ ctx }) => {
    const { role } = ctx.user;
    const providerId = role === "provider" ? await findProviderIdOfUser(ctx.db, ctx.user.id) : null;
    const scope = providerScope({ role, providerId }, "schedules.viewAll", "schedules.viewOwn");
    if (scope.kind === "none") throw new DomainError("forbidden", "Your log-in is not linked to a provider, so there is no schedule to show.");
    // Yesterday in UTC is on or before today in every zone.
    const fromDate = addCalendarDays(todayInZone("UTC"), -1);
    const data = await loadScheduleOverview(ctx.db, { providerIds: scope.kind === "own" ? [scope.providerId] : null, fromDate });
    return {
      ...data,
      may: {
        editHours: staffMay(role, "schedules.editHours"),
        addTimeOff: staffMay(role, "schedules.addTimeOff"),
        requestTimeOff: staffMay(role, "schedules.requestTimeOff"),
        approveTimeOff: staffMay(role, "schedules.approveTimeOff"),
        editClosures: staffMay(role, "closures.edit"),
      },
    };
  });
