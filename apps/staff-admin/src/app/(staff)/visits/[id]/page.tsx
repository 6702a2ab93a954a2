import { Alert } from "@clinic/ui/alert";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "~/auth";
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
};

const OVERRIDE_WORDS: Record<string, string> = { minNotice: "minimum notice", horizon: "booking horizon", changeCutoff: "change cutoff" };

export default async function VisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  await requireStaff();
  const { id } = await params;
  const { done } = await searchParams;
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
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/patients/${visit.patient.id}`} className="text-brand-800 underline">
          ← Patient record
        </Link>
      </p>
      <PageHeader title={`${visit.service.name} — ${appointmentStatusLabel(visit.status)}`} description={formatInstantInZone(visit.startsAt, zone)} />
      {done && DONE[done] ? (
        <Alert tone="success" title={DONE[done]} className="mb-6" />
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
    </>
  );
}
