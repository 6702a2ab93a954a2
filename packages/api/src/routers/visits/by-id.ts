import { visitIdInput } from "@clinic/domain/appointments/staff-booking";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { recordAudit } from "@clinic/db/queries/audit";
import { staffProcedure } from "../../trpc";
import { visitDto } from "./dto";
import { toVisitDto } from "./to-visit-dto";
import { scopeOf } from "../../staff-scope";
import { visitInScope } from "./visit-access";

/** One visit's details for staff; a provider only their own (another's is refused, saying why). */
export const byId = staffProcedure(rolesThatMay("appointments.viewAll", "appointments.viewOwn"))
  .input(visitIdInput)
  .output(visitDto)
  .query(async ({ ctx, input }) => {
    const viewScope = await scopeOf(ctx.db, ctx.user, "appointments.viewAll", "appointments.viewOwn");
    const visit = await visitInScope(ctx.db, viewScope, input.id);
    await recordAudit(ctx.db, ctx, { action: "appointment.viewed", patientId: visit.patientId, metadata: { appointmentId: visit.id } });
    const changeScope = await scopeOf(ctx.db, ctx.user, "appointments.changeAny", "appointments.changeOwn");
    return toVisitDto(visit, changeScope);
  });
