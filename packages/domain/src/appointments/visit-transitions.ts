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

/** A provider asking for another provider's visit: refused, saying why (never an empty answer). */
export class NotYourVisit extends DomainError {
  constructor() {
    super("forbidden", "This visit is with another provider; providers see and change only their own visits. Ask the front desk for help.");
    this.name = "NotYourVisit";
  }
}

/** A provider user whose account is not linked to a provider record reaches no visits. */
export class NoProviderRecord extends DomainError {
  constructor(reaches: "visits" | "patient records" = "visits") {
    super("forbidden", `Your account is not linked to a provider record, so it reaches no ${reaches}. Ask an administrator to link it.`);
    this.name = "NoProviderRecord";
  }
}

/** Staff inside a visit's change cutoff must say they waive it (the waiver is recorded). */
export class InsideChangeCutoff extends DomainError {
  constructor(change: "cancel" | "reschedule", changeCutoffMinutes: number) {
    const hours = changeCutoffMinutes % 60 === 0 ? `${changeCutoffMinutes / 60}-hour` : `${changeCutoffMinutes}-minute`;
    super(
      "conflict",
      `This visit is inside its ${hours} change cutoff. Tick "Waive the change cutoff" to ${change === "cancel" ? "cancel" : "move"} it anyway.`,
    );
    this.name = "InsideChangeCutoff";
  }
}

/**
 * May staff cancel or move this visit now? The status must allow it (a move only a booked visit),
 * and a booked visit inside its change cutoff needs the cutoff waived. null when allowed.
 */
export function refusalOfStaffChange(
  visit: { status: AppointmentStatus; startsAt: Date },
  policy: { changeCutoffMinutes: number },
  change: "cancel" | "reschedule",
  now: Date,
  cutoffWaived: boolean,
): DomainError | null {
  if (change === "cancel") {
    const refused = refusalOfVisitAction(visit.status, "cancel");
    if (refused) return refused;
  } else if (visit.status !== "booked") {
    return new VisitNotMovable(visit.status);
  }
  const insideCutoff = visit.status === "booked" && now.getTime() >= visit.startsAt.getTime() - policy.changeCutoffMinutes * 60_000;
  return insideCutoff && !cutoffWaived ? new InsideChangeCutoff(change, policy.changeCutoffMinutes) : null;
}

export class VisitNotMovable extends DomainError {
  constructor(status: AppointmentStatus) {
    super("conflict", `This visit is ${STATUS_WORDS[status]}, so it cannot be moved; only a booked visit can.`, { status });
    this.name = "VisitNotMovable";
  }
}
