import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { countStatusesAt, listProviderWorkplaces } from "@clinic/db/queries/dashboard";
import { listLocationZones } from "@clinic/db/queries/appointments";
import { loadProviderAvailability } from "@clinic/db/queries/provider-availability";
import { APPOINTMENT_STATUSES, type AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { providerScope, rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { readScope } from "@clinic/domain/scheduling/read-scope";
import type { HeldTime } from "@clinic/domain/scheduling/bookable-slots";
import { noShowRate, providerUtilisation, type Workplace } from "@clinic/domain/scheduling/utilisation";
import { addCalendarDays, dayBoundsInZone, todayInZone } from "@clinic/domain/time/zoned-time";
import { staffProcedure } from "../../trpc";
import { dashboardInsightsDto, UTILISATION_DAYS, NO_SHOW_DAYS } from "./dto";

const DAY_MS = 86_400_000;

/**
 * The clinic's figures for the dashboard: today's visits per location by status, each provider's
 * utilisation over the next 14 local days, and the no-show rate over the last 30 days. Counts only,
 * no patient data; a provider sees only their own figures.
 */
export const insights = staffProcedure(rolesThatMay("schedules.viewAll", "schedules.viewOwn"))
  .output(dashboardInsightsDto)
  .query(async ({ ctx }) => {
    const providerId = ctx.user.role === "provider" ? await findProviderIdOfUser(ctx.db, ctx.user.id) : null;
    const scope = providerScope({ role: ctx.user.role, providerId }, "schedules.viewAll", "schedules.viewOwn");
    const onlyProvider = scope.kind === "own" ? scope.providerId : undefined;
    const now = new Date();
    const zones = await listLocationZones(ctx.db);

    const today = await Promise.all(
      zones.map(async (location) => {
        const date = todayInZone(location.timeZone, now);
        const counts =
          scope.kind === "none" ? {} : await countStatusesAt(ctx.db, { locationId: location.id, providerId: onlyProvider, ...dayBoundsInZone(date, location.timeZone) });
        return { ...location, date, counts: Object.fromEntries(APPOINTMENT_STATUSES.map((status) => [status, counts[status] ?? 0])) as Record<AppointmentStatus, number> };
      }),
    );

    // The same loader the slot engine uses, per location: hours and time off there, held time everywhere.
    const workplaces = scope.kind === "none" ? [] : await listProviderWorkplaces(ctx.db, onlyProvider ? [onlyProvider] : undefined);
    const from = todayInZone(zones[0]?.timeZone ?? "UTC", now);
    const to = addCalendarDays(from, UTILISATION_DAYS - 1);
    const byProvider = new Map<string, { name: string; workplaces: Workplace[]; held: HeldTime[] }>();
    for (const locationId of new Set(workplaces.map((w) => w.locationId))) {
      const here = workplaces.filter((w) => w.locationId === locationId);
      const loaded = await loadProviderAvailability(ctx.db, here.map((w) => w.providerId), locationId, readScope(from, to));
      here.forEach((workplace, index) => {
        const availability = loaded[index];
        if (!availability) return;
        const entry = byProvider.get(workplace.providerId) ?? { name: workplace.providerName, workplaces: [], held: [] };
        entry.workplaces.push({ timeZone: workplace.timeZone, weeklyHours: availability.weeklyHours, exceptions: availability.exceptions });
        // Held time covers every location: the first location's read is the provider's whole diary.
        if (entry.held.length === 0) entry.held.push(...availability.busy);
        byProvider.set(workplace.providerId, entry);
      });
    }
    const utilisation = [...byProvider.entries()]
      .map(([id, entry]) => ({ id, name: entry.name, ...providerUtilisation(entry.workplaces, entry.held, { from, to }) }))
      .sort((a, b) => a.name.localeCompare(b.name));

    const noShowWindow = { start: new Date(now.getTime() - NO_SHOW_DAYS * DAY_MS), end: now };
    const pastCounts = scope.kind === "none" ? {} : await countStatusesAt(ctx.db, { ...noShowWindow, providerId: onlyProvider });

    return {
      today,
      utilisation: { from, to, providers: utilisation },
      noShows: { from: noShowWindow.start, to: noShowWindow.end, ...noShowRate(pastCounts) },
    };
  });
