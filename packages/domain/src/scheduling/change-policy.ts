import type { BookingPolicy } from "./booking-policy";

export type ChangeWindow = {
  /** The last instant a patient may cancel or reschedule online. */
  cutoffAt: Date;
  allowed: boolean;
};

/** Whether a patient may still cancel or reschedule online at `now` (strictly before the cutoff). */
export function patientChangeWindow(start: Date, policy: Pick<BookingPolicy, "changeCutoffMinutes">, now: Date): ChangeWindow {
  const cutoffAt = new Date(start.getTime() - policy.changeCutoffMinutes * 60_000);
  return { cutoffAt, allowed: now.getTime() < cutoffAt.getTime() };
}
