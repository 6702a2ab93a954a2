import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { RULE_OVERRIDES } from "@clinic/domain/appointments/staff-booking";
import { z } from "zod";

/** What a member of staff may do to a visit now: its status and their role allow it. */
export const STAFF_VISIT_ACTIONS = ["checkIn", "complete", "markNoShow", "cancel", "reschedule"] as const;
export type StaffVisitAction = (typeof STAFF_VISIT_ACTIONS)[number];

export const visitDto = z.object({
  id: z.uuid(),
  status: z.enum(APPOINTMENT_STATUSES),
  startsAt: z.date(),
  endsAt: z.date(),
  reason: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  ruleOverrides: z.array(z.enum(RULE_OVERRIDES)),
  checkedInAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  bookedAt: z.date(),
  patient: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), dateOfBirth: z.string().nullable() }),
  provider: z.object({ id: z.uuid(), name: z.string() }),
  service: z.object({ id: z.uuid(), name: z.string(), durationMinutes: z.number().int(), changeCutoffMinutes: z.number().int() }),
  location: z.object({ id: z.uuid(), name: z.string(), phone: z.string(), timeZone: z.string() }),
  allowedActions: z.array(z.enum(STAFF_VISIT_ACTIONS)),
});
export type VisitDto = z.infer<typeof visitDto>;
