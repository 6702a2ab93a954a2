import { z } from "zod";
import type { StaffOverrides } from "../scheduling/booking-decision";
import { providerChoice, reasonSchema, REASON_MAX_LENGTH, slotStart } from "./booking-request";

/** The rules staff may waive for one booking or change; never an overlap (see StaffOverrides). */
export const RULE_OVERRIDES = ["minNotice", "horizon", "changeCutoff"] as const;
export type RuleOverride = (typeof RULE_OVERRIDES)[number];

/** Far enough ahead that a waived horizon is no limit a clinic would meet. */
const WAIVED_HORIZON_DAYS = 3 * 366;

/** The waived rules as the values decideStart and refusalOfChange apply instead of the service's. */
export function staffOverridesFrom(waived: readonly RuleOverride[]): StaffOverrides {
  return {
    ...(waived.includes("minNotice") ? { minNoticeMinutes: 0 } : {}),
    ...(waived.includes("horizon") ? { bookingHorizonDays: WAIVED_HORIZON_DAYS } : {}),
    ...(waived.includes("changeCutoff") ? { changeCutoffMinutes: 0 } : {}),
  };
}

/** The waived rules as a form or a call sends them: known names only, each once. */
export const ruleOverrides = z
  .array(z.enum(RULE_OVERRIDES, { message: "That is not a rule staff may waive." }))
  .max(RULE_OVERRIDES.length)
  .default([])
  .transform((waived) => [...new Set(waived)]);

/** What the front desk asks for when booking for a patient (by phone, at the desk). */
export const bookForPatientInput = z.object({
  patientId: z.uuid({ message: "Choose a patient." }),
  serviceId: z.uuid({ message: "Choose a service." }),
  locationId: z.uuid({ message: "Choose a location." }),
  providerId: providerChoice,
  start: slotStart,
  reason: reasonSchema,
  overrides: ruleOverrides,
  idempotencyKey: z.string().min(8).max(100),
});
export type BookForPatientInput = z.infer<typeof bookForPatientInput>;

/** A staff cancellation always says why (the patient's email and the record keep it). */
export const staffCancelInput = z.object({
  id: z.uuid({ message: "That is not a visit id." }),
  reason: z.string().trim().min(1, "Say why the visit is cancelled.").max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`),
  overrides: ruleOverrides,
});

export const staffRescheduleInput = z.object({
  id: z.uuid({ message: "That is not a visit id." }),
  start: slotStart,
  overrides: ruleOverrides,
});

export const visitIdInput = z.object({ id: z.uuid({ message: "That is not a visit id." }) });
