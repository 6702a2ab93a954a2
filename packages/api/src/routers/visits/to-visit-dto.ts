import type { Visit } from "@clinic/db/queries/visits";
import type { RuleOverride } from "@clinic/domain/appointments/staff-booking";
import { allowedVisitActions } from "@clinic/domain/appointments/visit-transitions";
import type { ProviderScope } from "@clinic/domain/people/staff-permissions";
import type { StaffVisitAction, VisitDto } from "./dto";

/** A visit for staff, with the actions its status and the caller's reach allow (providers: not cancel or move). */
export function toVisitDto(visit: Visit, changeScope: ProviderScope): VisitDto {
  const byStatus: StaffVisitAction[] = allowedVisitActions(visit.status);
  if (visit.status === "booked") byStatus.push("reschedule");
  const allowedActions =
    changeScope.kind === "all" ? byStatus : changeScope.kind === "own" ? byStatus.filter((action) => action !== "cancel" && action !== "reschedule") : [];
  return {
    id: visit.id,
    status: visit.status,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    reason: visit.reason,
    cancellationReason: visit.cancellationReason,
    ruleOverrides: visit.ruleOverrides as RuleOverride[],
    checkedInAt: visit.checkedInAt,
    completedAt: visit.completedAt,
    cancelledAt: visit.cancelledAt,
    bookedAt: visit.createdAt,
    patient: { id: visit.patientId, name: visit.patientName, email: visit.patientEmail, phone: visit.patientPhone, dateOfBirth: visit.patientDateOfBirth },
    provider: { id: visit.providerId, name: visit.providerName },
    service: { id: visit.serviceId, name: visit.serviceName, durationMinutes: visit.serviceDurationMinutes, changeCutoffMinutes: visit.serviceChangeCutoffMinutes },
    location: { id: visit.locationId, name: visit.locationName, phone: visit.locationPhone, timeZone: visit.locationTimeZone },
    allowedActions,
  };
}
