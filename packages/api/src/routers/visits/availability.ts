import { ruleOverrides, staffOverridesFrom } from "@clinic/domain/appointments/staff-booking";
import { rolesThatMay, staffMay } from "@clinic/domain/people/staff-permissions";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { availabilityDto, availabilitySearchInput } from "../availability/dto";
import { searchAvailability } from "../availability/search";
import { staffProcedure } from "../../trpc";

/** Bookable times for staff booking for a patient: the patients' search, with the rules staff waive. */
export const availability = staffProcedure(rolesThatMay("appointments.bookForPatient"))
  .input(z.object({ search: availabilitySearchInput, overrides: ruleOverrides }))
  .output(availabilityDto)
  .query(({ ctx, input }) => {
    if (input.overrides.length > 0 && !staffMay(ctx.user.role, "appointments.overrideRules")) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role may not waive booking rules." });
    }
    return searchAvailability(ctx.db, input.search, { overrides: staffOverridesFrom(input.overrides) });
  });
