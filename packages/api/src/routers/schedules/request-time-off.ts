import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { insertScheduleException } from "@clinic/db/queries/schedule-changes";
import { staffProcedure } from "../../trpc";
import { exceptionRefDto, requestTimeOffInput } from "./dto";

/** A provider asks for time off; it stays pending (blocking no slots) until an administrator approves it. */
export const requestTimeOff = staffProcedure(rolesThatMay("schedules.requestTimeOff"))
  .input(requestTimeOffInput)
  .output(exceptionRefDto)
  .mutation(async ({ ctx, input }) => {
    const providerId = await findProviderIdOfUser(ctx.db, ctx.user.id);
    if (!providerId) throw new DomainError("forbidden", "Your log-in is not linked to a provider, so there is no schedule to ask time off from.");
    const { note, ...exception } = input.exception;
    const id = await insertScheduleException(ctx.db, {
      providerId,
      locationId: input.locationId,
      ...exception,
      note: note || null,
      status: "pending",
      createdByUserId: ctx.user.id,
    });
    return { id, status: "pending" as const };
  });
