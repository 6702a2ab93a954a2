/** How the schedule editor's posted fields become a change for schedules.preview / saveChange. */
export type ChangeFormKind = "closure" | "closure_removal" | "exception" | "weekly_hours" | "approval";

export const WEEKDAYS = [
  [1, "Monday"],
  [2, "Tuesday"],
  [3, "Wednesday"],
  [4, "Thursday"],
  [5, "Friday"],
  [6, "Saturday"],
  [7, "Sunday"],
] as const;
/** Two intervals per weekday: a split shift (morning and afternoon). */
export const SHIFTS_PER_DAY = 2;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim().slice(0, 300) : "";
};
const orNull = (value: string) => (value === "" ? null : value);

/** The change the posted form describes, unvalidated: the procedure's zod schema judges it. */
export function changeFromForm(form: FormData): { kind: ChangeFormKind; change: Record<string, unknown> } {
  const kind = text(form, "changeKind") as ChangeFormKind;
  if (kind === "closure") {
    const closureId = text(form, "closureId");
    return {
      kind,
      change: {
        kind,
        locationId: text(form, "locationId"),
        ...(closureId ? { closureId } : {}),
        closure: { date: text(form, "date"), start: text(form, "start"), end: text(form, "end"), reason: text(form, "reason") },
      },
    };
  }
  if (kind === "closure_removal") return { kind, change: { kind, closureId: text(form, "closureId") } };
  if (kind === "exception") {
    return {
      kind,
      change: {
        kind,
        providerId: text(form, "providerId"),
        locationId: orNull(text(form, "locationId")),
        exception: { kind: text(form, "exceptionKind"), date: text(form, "date"), start: text(form, "start"), end: text(form, "end"), note: text(form, "note") },
      },
    };
  }
  if (kind === "weekly_hours") {
    const effectiveFrom = orNull(text(form, "effectiveFrom"));
    const effectiveTo = orNull(text(form, "effectiveTo"));
    const weeklyHours = [];
    for (const [weekday] of WEEKDAYS) {
      for (let shift = 1; shift <= SHIFTS_PER_DAY; shift++) {
        const start = text(form, `start-${weekday}-${shift}`);
        const end = text(form, `end-${weekday}-${shift}`);
        if (start || end) weeklyHours.push({ weekday, start, end, effectiveFrom, effectiveTo });
      }
    }
    return { kind, change: { kind, providerId: text(form, "providerId"), locationId: text(form, "locationId"), weeklyHours } };
  }
  return { kind: "approval", change: { kind: "approval", exceptionId: text(form, "exceptionId") } };
}

/** Staff's choice per stranded visit, from radio groups named `visit-<appointment id>`. */
export function decisionsFromForm(form: FormData): { appointmentId: string; action: "keep" | "cancel" }[] {
  const decisions: { appointmentId: string; action: "keep" | "cancel" }[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("visit-") || (value !== "keep" && value !== "cancel")) continue;
    decisions.push({ appointmentId: name.slice("visit-".length), action: value });
  }
  return decisions.slice(0, 500);
}
