import { Alert } from "@clinic/ui/alert";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { RuleOverride } from "@clinic/domain/appointments/staff-booking";
import { staffMay } from "@clinic/domain/people/staff-permissions";
import { formatCalendarDate, formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { todayInZone } from "@clinic/domain/time/zoned-time";
import { Button } from "@clinic/ui/button";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "~/auth";
import { FocusHeading } from "~/components/booking/focus-heading";
import { RescheduleVisitForm } from "~/components/visits/reschedule-visit-form";
import { VisitActionForm } from "~/components/visits/visit-action-form";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller } from "~/trpc/server";

// A generic title: patient names must not end up in browser history titles on shared desks.
export const metadata: Metadata = { title: "Visit" };

const DONE: Record<string, string> = {
  checkIn: "The patient is checked in.",
  complete: "The visit is completed.",
  markNoShow: "The visit is marked as a no-show.",
  cancel: "The visit is cancelled and the patient has been emailed.",
  booked: "The visit is booked. The confirmation email is in the outbox.",
  rescheduled: "The visit is moved. The patient has been emailed the new time.",
};

const OVERRIDE_WORDS: Record<string, string> = { minNotice: "minimum notice", horizon: "booking horizon", changeCutoff: "change cutoff" };

type Params = { done?: string; moveDate?: string; waive?: string | string[] };

export default async function VisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const user = await requireStaff();
  const { id } = await params;
  const { done, moveDate, waive } = await searchParams;
  if (!z.uuid().safeParse(id).success) notFound();

  const visit = await (await getCaller()).visits.byId({ id }).catch((error: unknown) => {
    const code = trpcErrorCode(error);
    if (code === "NOT_FOUND") notFound();
    if (code === "FORBIDDEN") return { forbidden: error instanceof Error ? error.message : "You may not open this visit." };
    throw error;
  });
  if ("forbidden" in visit) {
    return (
      <>
        <PageHeader title="Visit" />
        <Alert tone="warning" title="You cannot open this visit">
          {visit.forbidden}
        </Alert>
      </>
    );
  }

  const zone = visit.location.timeZone;
  const allowed = new Set(visit.allowedActions);
  const rescheduledNote = done === "rescheduled" && !visit.patient.email ? " This patient has no email: tell them the new time." : "";
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/patients/${visit.patient.id}`} className="text-brand-800 underline">
          ← Patient record
        </Link>
        {" · "}
        <Link href={`/calendar?location=${visit.location.id}&date=${todayInZone(zone, visit.startsAt)}`} className="text-brand-800 underline">
          That day on the calendar
        </Link>
      </p>
      <PageHeader title={`${visit.service.name} — ${appointmentStatusLabel(visit.status)}`} description={formatInstantInZone(visit.startsAt, zone)} />
      {done && DONE[done] ? (
        <Alert tone="success" title={done === "rescheduled" && !visit.patient.email ? "The visit is moved." : DONE[done]} className="mb-6">
          {rescheduledNote || undefined}
        </Alert>
      ) : null}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card className="p-6">
          <h2 className="mb-4 text-lg font-semibold">Details</h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="font-medium">Patient</dt>
            <dd>
              <Link href={`/patients/${visit.patient.id}`} className="text-brand-800 underline">
                {visit.patient.name}
              </Link>
            </dd>
            <dt className="font-medium">Phone</dt>
            <dd>{visit.patient.phone ?? "—"}</dd>
            <dt className="font-medium">When</dt>
            <dd>
              {formatInstantInZone(visit.startsAt, zone)} ({visit.service.durationMinutes} minutes, {zone})
            </dd>
            <dt className="font-medium">Provider</dt>
            <dd>{visit.provider.name}</dd>
            <dt className="font-medium">Location</dt>
            <dd>{visit.location.name}</dd>
            <dt className="font-medium">Status</dt>
            <dd>{appointmentStatusLabel(visit.status)}</dd>
            {visit.reason ? (
              <>
                <dt className="font-medium">Patient&apos;s reason</dt>
                <dd>{visit.reason}</dd>
              </>
            ) : null}
            {visit.cancellationReason ? (
              <>
                <dt className="font-medium">Cancelled because</dt>
                <dd>{visit.cancellationReason}</dd>
              </>
            ) : null}
            {visit.ruleOverrides.length > 0 ? (
              <>
                <dt className="font-medium">Rules waived by staff</dt>
                <dd>{visit.ruleOverrides.map((rule) => OVERRIDE_WORDS[rule] ?? rule).join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <section aria-labelledby="visit-actions-heading" className="flex flex-col gap-6">
          <h2 id="visit-actions-heading" className="text-lg font-semibold">
            Actions
          </h2>
          {allowed.size === 0 ? <p className="text-sm text-muted">Nothing more can be done to this visit.</p> : null}
          {allowed.has("checkIn") ? <VisitActionForm visitId={visit.id} action="checkIn" label="Check in" variant="primary" /> : null}
          {allowed.has("complete") ? <VisitActionForm visitId={visit.id} action="complete" label="Complete visit" variant="primary" /> : null}
          {allowed.has("markNoShow") ? <VisitActionForm visitId={visit.id} action="markNoShow" label="Mark as no-show" /> : null}
          {allowed.has("cancel") ? <VisitActionForm visitId={visit.id} action="cancel" label="Cancel visit" variant="danger" /> : null}
        </section>
      </div>
      {allowed.has("reschedule") ? (
        <RescheduleSection visit={visit} mayWaive={staffMay(user.role, "appointments.overrideRules")} moveDate={moveDate} waive={waive} />
      ) : null}
    </>
  );
}

const WAIVABLE_WHEN_SEARCHING = ["minNotice", "horizon"] as const satisfies readonly RuleOverride[];
const WAIVE_LABELS: Record<(typeof WAIVABLE_WHEN_SEARCHING)[number], string> = {
  minNotice: "Waive the minimum notice",
  horizon: "Waive the booking horizon",
};

type VisitForPage = Awaited<ReturnType<Awaited<ReturnType<typeof getCaller>>["visits"]["byId"]>>;

/**
 * Move the visit to a free time with the same provider: a GET form picks the day (a date and waived
 * rules in the URL, never personal data), then a POST form picks the time from that day's free times.
 */
async function RescheduleSection({ visit, mayWaive, moveDate, waive }: { visit: VisitForPage; mayWaive: boolean; moveDate?: string; waive?: string | string[] }) {
  const zone = visit.location.timeZone;
  const today = todayInZone(zone);
  const visitDate = todayInZone(zone, visit.startsAt);
  const date = moveDate && z.iso.date().safeParse(moveDate).success && moveDate >= today ? moveDate : undefined;
  const waived = mayWaive ? (Array.isArray(waive) ? waive : waive ? [waive] : []).filter((rule): rule is (typeof WAIVABLE_WHEN_SEARCHING)[number] => (WAIVABLE_WHEN_SEARCHING as readonly string[]).includes(rule)) : [];
  const availability = date
    ? await (await getCaller()).visits.availability({
        search: { serviceId: visit.service.id, locationId: visit.location.id, providerId: visit.provider.id, from: date, to: date, reschedulingId: visit.id },
        overrides: waived,
      })
    : null;
  const slots = (availability?.days[0]?.slots ?? [])
    .filter((slot) => Date.parse(slot.start) !== visit.startsAt.getTime())
    .map((slot) => ({ start: slot.start, label: formatInstantInZone(new Date(slot.start), zone, "short").split(", ").at(-1) ?? slot.start }));
  const dayLabel = date ? formatCalendarDate(date, "full") : "";
  return (
    <section aria-labelledby="reschedule-heading" className="mt-10 flex max-w-3xl flex-col gap-4">
      {date ? (
        <FocusHeading id="reschedule-heading">{`Reschedule: free times on ${dayLabel}`}</FocusHeading>
      ) : (
        <h2 id="reschedule-heading" className="text-xl font-semibold">
          Reschedule
        </h2>
      )}
      <p className="text-sm text-muted">
        Same provider ({visit.provider.name}), service and location; times in {zone}. The patient is emailed the new time.
      </p>
      <form method="get" action={`/visits/${visit.id}`} className="flex flex-col gap-4" aria-label="Day to move to">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="move-date" className="text-sm font-medium">
            New day ({zone})
          </label>
          <input id="move-date" name="moveDate" type="date" required min={today} defaultValue={date ?? (visitDate >= today ? visitDate : today)} className="min-h-10 w-48 rounded-lg border border-line-strong px-3" />
        </div>
        {mayWaive ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Staff overrides (recorded with the visit; never a double booking)</legend>
            {WAIVABLE_WHEN_SEARCHING.map((rule) => (
              <label key={rule} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="waive" value={rule} defaultChecked={waived.includes(rule)} className="size-4" />
                {WAIVE_LABELS[rule]}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div>
          <Button type="submit" variant="secondary">
            Show free times
          </Button>
        </div>
      </form>
      {date ? (
        slots.length === 0 ? (
          <p>No free times on {dayLabel}. Try another day{mayWaive ? " or waive a rule" : ""}.</p>
        ) : (
          <RescheduleVisitForm visitId={visit.id} slots={slots} dayLabel={dayLabel} waived={waived} mayWaiveCutoff={mayWaive} />
        )
      ) : null}
    </section>
  );
}
