import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { calendarDays, hourLabel } from "@clinic/domain/scheduling/calendar-day";
import { providerScope } from "@clinic/domain/people/staff-permissions";
import { recordPatientsListed } from "@clinic/db/queries/audit";
import { loadCalendar } from "@clinic/db/queries/calendar";
import { TRPCError } from "@trpc/server";
import type { TRPCContext } from "../../context";
import type { StaffUser } from "../../trpc";
import type { CalendarDto } from "./dto";

export type CalendarViewRequest = { locationId: string; from: string; to: string; providerId?: string; serviceId?: string };

/** Whose calendar a member of staff may see: everyone's, or a provider user's own column only. */
export async function calendarScope(ctx: TRPCContext, user: StaffUser) {
  const providerId = user.role === "provider" ? await findProviderIdOfUser(ctx.db, user.id) : null;
  return providerScope({ role: user.role, providerId }, "appointments.viewAll", "appointments.viewOwn");
}

/**
 * The calendar of a location's dates as a member of staff may see it: load (one statement), lay out
 * in the domain, audit every patient shown. `via` names the procedure in the audit trail.
 */
export async function calendarView(
  ctx: TRPCContext & { user: StaffUser },
  request: CalendarViewRequest,
  via: string,
): Promise<CalendarDto> {
  const scope = await calendarScope(ctx, ctx.user);
  if (scope.kind === "own" && request.providerId && request.providerId !== scope.providerId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Providers see only their own calendar." });
  }
  const state = await loadCalendar(ctx.db, {
    locationId: request.locationId,
    from: request.from,
    to: request.to,
    providerId: scope.kind === "own" ? scope.providerId : (request.providerId ?? null),
    serviceId: request.serviceId ?? null,
  });
  if (!state.location) throw new TRPCError({ code: "NOT_FOUND", message: "That location was not found." });
  if (scope.kind === "none") {
    // A provider user not yet linked to a provider record has no column of their own to see.
    return {
      location: state.location,
      providers: [],
      notice: "Your account is not linked to a provider's record yet. Ask an administrator to link it.",
      days: [],
    };
  }

  const days = calendarDays({ timeZone: state.location.timeZone, from: request.from, to: request.to, providers: state.availability, visits: state.visits });
  await recordPatientsListed(ctx.db, ctx, {
    patientIds: days.flatMap((day) => day.columns.flatMap((column) => column.visits.map((visit) => visit.patientId))),
    via,
  });
  return {
    location: state.location,
    providers: state.providers,
    notice: null,
    days: days.map((day) => ({
      date: day.date,
      startMs: day.startMs,
      endMs: day.endMs,
      lengthMinutes: day.lengthMinutes,
      hourMarks: day.hourMarks.map((mark) => ({ minute: mark.minute, label: hourLabel(mark.wallMinute) })),
      columns: day.columns.map((column) => ({
        providerId: column.providerId,
        working: column.working,
        timeOff: column.timeOff,
        buffers: column.buffers,
        visits: column.visits.map((visit) => ({
          id: visit.id,
          startMs: visit.startMs,
          endMs: visit.endMs,
          startMinute: visit.startMinute,
          endMinute: visit.endMinute,
          status: visit.status,
          service: { id: visit.serviceId, name: visit.serviceName },
          patient: { id: visit.patientId, name: visit.patientName },
        })),
      })),
    })),
  };
}
