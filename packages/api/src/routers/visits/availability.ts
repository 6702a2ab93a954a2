import { ruleOverrides, staffOverridesFrom } from "@clinic/domain/appointments/staff-booking";
import { rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { availabilityDto, availabilitySearchInput } from "../availability/dto";
import { searchAvailability } from "../availability/search";
import { scopeOf } from "../../staff-scope";
import { staffProcedure } from "../../trpc";
import { visitInScope } from "./visit-access";

/**
 * Bookable times for staff booking for a patient, or moving a visit (`search.reschedulingId`): the
 * patients' search, with the rules staff waive; the visit being moved does not count as busy.
 */
export const availability = staffProcedure(rolesThatMay("appointments.bookForPatient"))
  .input(z.object({ search: availabilitySearchInput, overrides: ruleOverrides }))
  .output(availabilityDto)
  .query(async ({ ctx, input }) => {
    if (input.overrides.length > 0 && !staffMay(ctx.user.role, "appointments.overrideRules")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not waive booking rules." });
    }
    const movingId = input.search.reschedulingId;
    const moving = movingId
      ? await visitInScope(ctx.db, await scopeOf(ctx.db, ctx.user, "appointments.changeAny", "appointments.changeOwn"), movingId)
      : null;
    return searchAvailability(ctx.db, input.search, {
      overrides: staffOverridesFrom(input.overrides),
      ignore: moving ? { appointmentId: moving.id, patientId: moving.patientId } : undefined,
    });
  });
