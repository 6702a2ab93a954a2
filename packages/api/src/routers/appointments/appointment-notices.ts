import type { Executor } from "@clinic/db/client";
import { appointmentEmail, type AppointmentEmailKind } from "@clinic/jobs/email/appointment-email";
import { queueEmail } from "@clinic/jobs/enqueue";
import { loadAppointmentEmailDetails } from "@clinic/jobs/email/appointment-email-details";

/**
 * Writes the patient's email about a change to `appointmentId` into the outbox, in the caller's
 * transaction, so the email exists exactly when the change does.
 */
export async function queueAppointmentEmail(
  tx: Executor,
  kind: Exclude<AppointmentEmailKind, "reminder">,
  appointmentId: string,
  options: { previousStartsAt?: Date; dedupeKey?: string } = {},
): Promise<void> {
  const source = await loadAppointmentEmailDetails(tx, appointmentId);
  if (!source) throw new Error("appointment to email about was not found");
  if (!source.toAddress) return; // a front-desk record without an email: staff tell the patient themselves
  const email = appointmentEmail(kind, { ...source.details, previousStartsAt: options.previousStartsAt });
  await queueEmail(tx, { toAddress: source.toAddress, ...email, dedupeKey: options.dedupeKey ?? null });
}
