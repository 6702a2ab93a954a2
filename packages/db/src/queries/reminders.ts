import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { appointments } from "../schema";

/**
 * Takes a FOR SHARE lock on the appointment until the caller's transaction ends, so a
 * cancellation or reschedule committing meanwhile waits for it (or it for them); false when the
 * appointment does not exist.
 */
export async function lockAppointmentForReminder(tx: Executor, appointmentId: string): Promise<boolean> {
  const [locked] = await tx.select({ id: appointments.id }).from(appointments).where(eq(appointments.id, appointmentId)).for("share");
  return locked !== undefined;
}
