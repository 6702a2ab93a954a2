import { z } from "zod";
import { SCHEDULE_EXCEPTION_KINDS, SCHEDULE_EXCEPTION_STATUSES } from "@clinic/domain/scheduling/weekly-schedule";
import { locationClosureSchema, scheduleExceptionSchema, weeklyHoursSchema } from "@clinic/domain/scheduling/schedule-change";

const id = (what: string) => z.uuid(`That is not ${what} id.`);

/** A change to working time, as the editor sends it to preview and to save. */
export const scheduleChangeInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("weekly_hours"),
    providerId: id("a provider"),
    locationId: id("a location"),
    weeklyHours: z.array(weeklyHoursSchema).max(42, "A week holds at most 42 intervals."),
  }),
  z.object({
    kind: z.literal("exception"),
    providerId: id("a provider"),
    /** Null: time off at every location the provider works at. */
    locationId: id("a location").nullable(),
    exception: scheduleExceptionSchema,
  }),
  /** With `closureId`: that closure changed (same location), else a new one. */
  z.object({ kind: z.literal("closure"), locationId: id("a location"), closureId: id("a closure").optional(), closure: locationClosureSchema }),
  z.object({ kind: z.literal("closure_removal"), closureId: id("a closure") }),
  z.object({ kind: z.literal("approval"), exceptionId: id("a time-off request") }),
]);
export type ScheduleChangeInput = z.infer<typeof scheduleChangeInput>;

export const visitDecisionsInput = z
  .array(z.object({ appointmentId: id("an appointment"), action: z.enum(["keep", "cancel"]) }))
  .max(500, "Decide on at most 500 visits at once.");

export const saveChangeInput = z.object({ change: scheduleChangeInput, decisions: visitDecisionsInput.default([]) });

export const strandedVisitDto = z.object({
  appointmentId: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string(),
  locationName: z.string(),
  providerName: z.string(),
  patientName: z.string(),
  serviceName: z.string(),
});
export type StrandedVisitDto = z.infer<typeof strandedVisitDto>;

export const schedulePreviewDto = z.object({
  locations: z.array(
    z.object({
      locationId: z.uuid(),
      locationName: z.string(),
      timeZone: z.string(),
      gained: z.number().int(),
      lost: z.number().int(),
      days: z.array(z.object({ providerId: z.uuid(), providerName: z.string(), date: z.string(), before: z.number().int(), after: z.number().int() })),
    }),
  ),
  stranded: z.array(strandedVisitDto),
});
export type SchedulePreviewDto = z.infer<typeof schedulePreviewDto>;

export const saveChangeDto = z.object({ kept: z.number().int(), cancelled: z.number().int() });

export const requestTimeOffInput = z.object({
  locationId: id("a location").nullable(),
  exception: scheduleExceptionSchema.refine((value) => value.kind === "time_off", { message: "Only time off can be requested.", path: ["kind"] }),
});
export const decideTimeOffInput = z.object({ exceptionId: id("a time-off request") });
export const exceptionRefDto = z.object({ id: z.uuid(), status: z.enum(SCHEDULE_EXCEPTION_STATUSES) });

const wall = z.string();
export const scheduleOverviewDto = z.object({
  /** Which changes the signed-in role may make (the editor shows only those forms). */
  may: z.object({ editHours: z.boolean(), addTimeOff: z.boolean(), requestTimeOff: z.boolean(), approveTimeOff: z.boolean(), editClosures: z.boolean() }),
  locations: z.array(z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() })),
  providers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      locationIds: z.array(z.uuid()),
      weeklyHours: z.array(
        z.object({
          id: z.uuid(),
          locationId: z.uuid(),
          weekday: z.number().int(),
          start: wall,
          end: wall,
          effectiveFrom: z.string().nullable(),
          effectiveTo: z.string().nullable(),
        }),
      ),
    }),
  ),
  exceptions: z.array(
    z.object({
      id: z.uuid(),
      providerId: z.uuid(),
      locationId: z.uuid().nullable(),
      date: z.string(),
      kind: z.enum(SCHEDULE_EXCEPTION_KINDS),
      start: wall.nullable(),
      end: wall.nullable(),
      note: z.string().nullable(),
      status: z.enum(SCHEDULE_EXCEPTION_STATUSES),
      requestedBy: z.string().nullable(),
    }),
  ),
  closures: z.array(z.object({ id: z.uuid(), locationId: z.uuid(), date: z.string(), start: wall.nullable(), end: wall.nullable(), reason: z.string() })),
});
export type ScheduleOverviewDto = z.infer<typeof scheduleOverviewDto>;
