export const APPOINTMENT_STATUSES = ["booked", "checked_in", "completed", "cancelled", "no_show"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * Statuses that hold the provider's time. A cancelled or no-show appointment frees the slot;
 * the database's exclusion constraint uses the same list (packages/db/migrations/0000_*.sql).
 */
export const ACTIVE_APPOINTMENT_STATUSES = ["booked", "checked_in", "completed"] as const satisfies readonly AppointmentStatus[];
