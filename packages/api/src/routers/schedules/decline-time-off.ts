import { DomainError, NotFound } from "@clinic/domain/errors/domain-error";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { decideScheduleException, findScheduleException } from "@clinic/db/queries/schedule-changes";
import { inRetriedTransaction } from "@clinic/db/transaction-retry";
import { staffProcedure } from "../../trpc";
import { decideTimeOffInput, exceptionRefDto } from "./dto";

/** An administrator declines a pending time-off request (approving goes through saveChange: it may strand visits). */
export const declineTimeOff = staffProcedure(rolesThatMay("schedules.approveTimeOff"))
  .input(decideTimeOffInput)
  .output(exceptionRefDto)
  .mutation(async ({ ctx, input }) =>
    inRetriedTransaction(ctx.db, async (tx) => {
      const request = await findScheduleException(tx, input.exceptionId, { forUpdate: true });
      if (!request) throw new NotFound("That time-off request");
      if (request.status !== "pending") throw new DomainError("conflict", "That request has already been decided.");
      await decideScheduleException(tx, request.id, "declined", ctx.user.id);
      return { id: request.id, status: "declined" as const };
    }),
  );
