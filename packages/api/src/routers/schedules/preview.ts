import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { recordPatientsListed } from "@clinic/db/queries/audit";
import { staffProcedure } from "../../trpc";
import { schedulePreviewDto, scheduleChangeInput } from "./dto";
import { changeEffect, refuseUnlessMay, targetsOf } from "./schedule-change-effect";

export const CHANGE_ROLES = rolesThatMay("schedules.editHours", "schedules.addTimeOff", "schedules.approveTimeOff", "closures.edit");

/** What a change would do before it is saved: slots gained and lost over 4 weeks, and the visits it strands. */
export const preview = staffProcedure(CHANGE_ROLES)
  .input(scheduleChangeInput)
  .output(schedulePreviewDto)
  .query(async ({ ctx, input }) => {
    refuseUnlessMay(ctx.user.role, input);
    const effect = await changeEffect(ctx.db, await targetsOf(ctx.db, input), new Date());
    await recordPatientsListed(ctx.db, ctx, {
      patientIds: effect.strandedVisits.map((visit) => visit.patientId),
      via: "schedules.preview",
    });
    return effect.preview;
  });
