import { DomainError } from "../errors/domain-error";
import type { AppointmentStatus } from "./appointment-status";

/** What staff do to a visit on the day (issue "Staff run the clinic's day", §2). */
export const VISIT_ACTIONS = ["checkIn", "complete", "markNoShow", "cancel"] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/**
 * The visit's life: booked -> checked_in -> completed; booked -> no_show; booked or checked_in ->
 * cancelled. A patient who checked in came, so a no-show after check-in is refused; completed,
 * cancelled and no-show are final.
 */
const TRANSITIONS: Record<VisitAction, { from: readonly AppointmentStatus[]; to: AppointmentStatus }> = {
  checkIn: { from: ["booked"], to: "checked_in" },
  complete: { from: ["checked_in"], to: "completed" },
  markNoShow: { from: ["booked"], to: "no_show" },
  cancel: { from: ["booked", "checked_in"], to: "cancelled" },
};

/** The status `action` leads to, and the only statuses it may start from (the UPDATE's WHERE). */
export function visitTransition(action: VisitAction): { from: readonly AppointmentStatus[]; to: AppointmentStatus } {
  return TRANSITIONS[action];
}

/** The actions a visit in `status` allows, in the order a page offers them. */
export function allowedVisitActions(status: AppointmentStatus): VisitAction[] {
  return VISIT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Why `action` cannot be taken on a visit in `status`, or null when it can. */
export function refusalOfVisitAction(status: AppointmentStatus, action: VisitAction): VisitActionRefused | null {
  return TRANSITIONS[action].from.includes(status) ? null : new VisitActionRefused(status, action);
}

const STATUS_WORDS: Record<AppointmentStatus, string> = {
  booked: "booked",
  checked_in: "checked in",
  completed: "completed",
  cancelled: "cancelled",
  no_show: "marked as a no-show",
};

const ACTION_WORDS: Record<VisitAction, string> = {
  checkIn: "checked in",
  complete: "completed",
  markNoShow: "marked as a no-show",
  cancel: "cancelled",
};

/** A visit action its current status does not allow (e.g. a no-show after check-in). */
export class VisitActionRefused extends DomainError {
  constructor(status: AppointmentStatus, action: VisitAction) {
    const why = status === "checked_in" && action === "markNoShow" ? " The patient checked in, so they came." : "";
    super("conflict", `This visit is ${STATUS_WORDS[status]}, so it cannot be ${ACTION_WORDS[action]}.${why}`, { status, action });
    this.name = "VisitActionRefused";
  }
}
