import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { loadCalendarChoices } from "@clinic/db/queries/calendar";
import { staffProcedure } from "../../trpc";
import { calendarScope } from "./calendar-view";
import { calendarChoicesDto } from "./dto";

/** What the calendar's pickers offer (no patient data); a provider user is offered only their own record. */
export const choices = staffProcedure(rolesThatMay("appointments.viewAll", "appointments.viewOwn"))
  .output(calendarChoicesDto)
  .query(async ({ ctx }) => {
    const [all, scope] = await Promise.all([loadCalendarChoices(ctx.db), calendarScope(ctx, ctx.user)]);
    if (scope.kind === "all") return { ...all, ownProviderId: null };
    const own = scope.kind === "own" ? all.providers.filter((provider) => provider.id === scope.providerId) : [];
    const locationIds = new Set(own.flatMap((provider) => provider.locationIds));
    return {
      locations: all.locations.filter((location) => locationIds.has(location.id)),
      providers: own,
      services: all.services,
      ownProviderId: scope.kind === "own" ? scope.providerId : null,
    };
  });
