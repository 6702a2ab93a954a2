import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";

const LABELS: Record<AppointmentStatus, string> = {
  booked: "Booked",
  checked_in: "Checked in",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "No-show",
};

/** Words for staff instead of the stored status codes. */
export function appointmentStatusLabel(status: AppointmentStatus | string): string {
  return LABELS[status as AppointmentStatus] ?? status;
}
