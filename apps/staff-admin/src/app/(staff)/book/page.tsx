import { RULE_OVERRIDES, type RuleOverride } from "@clinic/domain/appointments/staff-booking";
import { staffMay } from "@clinic/domain/people/staff-permissions";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { Alert } from "@clinic/ui/alert";
import { Button, buttonClasses } from "@clinic/ui/button";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import { z } from "zod";
import { requireStaff } from "~/auth";
import { ConfirmBookingForm } from "~/components/booking/confirm-booking-form";
import { FocusHeading } from "~/components/booking/focus-heading";
import { NewPatientForm } from "~/components/booking/new-patient-form";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller, getPublicCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Book for a patient" };

type Params = Record<string, string | string[] | undefined>;

const id = z.uuid();
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const validId = (value: string | string[] | undefined) => (id.safeParse(one(value)).success ? (one(value) as string) : undefined);

const OVERRIDE_LABELS: Record<RuleOverride, string> = {
  minNotice: "Waive the minimum notice",
  horizon: "Waive the booking horizon",
  changeCutoff: "Waive the change cutoff",
};

/** The URL of a step: the choices so far (ids, a date, waived rules; never personal data). */
function stepHref(choices: Record<string, string | undefined>, waived: readonly string[] = []): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(choices)) if (value) query.set(key, value);
  for (const rule of waived) query.append("waive", rule);
  return `/book?${query.toString()}`;
}

function Step({ title, back, children }: { title: string; back?: string; children: ReactNode }) {
  return (
    <section aria-labelledby="step-heading" className="flex flex-col gap-4">
      <FocusHeading id="step-heading">{title}</FocusHeading>
      {children}
      {back ? (
        <p className="text-sm">
          <Link href={back} className="text-brand-800 underline">
            ← Back
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function ChoiceList({ items }: { items: { href: string; label: string; detail?: string }[] }) {
  return (
    <ul className="grid max-w-3xl grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-3">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={`${buttonClasses({ variant: "secondary" })} w-full flex-col !items-start py-2 text-left`}>
            <span>{item.label}</span>
            {item.detail ? <span className="text-sm font-normal text-muted">{item.detail}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function BookForPatientPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireStaff();
  if (!staffMay(user.role, "appointments.bookForPatient")) {
    return (
      <>
        <PageHeader title="Book for a patient" />
        <Alert tone="warning" title="Your role does not book visits">
          Booking for patients is done by the front desk and administrators.
        </Alert>
      </>
    );
  }
  const params = await searchParams;
  const mayWaive = staffMay(user.role, "appointments.overrideRules");
  const waivedParam = params.waive;
  const waived = (Array.isArray(waivedParam) ? waivedParam : waivedParam ? [waivedParam] : []).filter((rule): rule is RuleOverride =>
    mayWaive && (RULE_OVERRIDES as readonly string[]).includes(rule),
  );
  const patientId = validId(params.patient);
  const serviceId = validId(params.service);
  const locationId = validId(params.location);
  const providerParam = one(params.provider);
  const providerId = providerParam === "any" ? "any" : validId(params.provider);
  const date = z.iso.date().safeParse(one(params.date)).success ? (one(params.date) as string) : undefined;
  const start = z.iso.datetime({ offset: true }).safeParse(one(params.start)).success ? (one(params.start) as string) : undefined;

  const header = <PageHeader title="Book for a patient" description="By phone or at the desk: the same rules and emails as online booking." />;

  if (!patientId) {
    return (
      <>
        {header}
        <Step title="Step 1 of 6: Who is the patient?">
          <p>
            For a patient already registered, find them on the{" "}
            <Link href="/patients" className="text-brand-800 underline">
              Patients
            </Link>{" "}
            page and choose <strong>Book a visit</strong> on their record. For someone new, create their record here.
          </p>
          <NewPatientForm />
        </Step>
      </>
    );
  }

  const caller = await getCaller();
  const patient = await caller.patients.detail({ patientId }).catch((error: unknown) => {
    if (trpcErrorCode(error) === "NOT_FOUND") return null;
    throw error;
  });
  if (!patient) {
    return (
      <>
        {header}
        <Alert tone="error" title="That patient was not found.">
          <Link href="/book" className="underline">
            Start again
          </Link>
        </Alert>
      </>
    );
  }
  const forWhom = (
    <p className="mb-6 text-sm">
      Booking for <strong>{patient.name}</strong> (born {patient.dateOfBirth ?? "—"}).{" "}
      <Link href="/book" className="text-brand-800 underline">
        Another patient
      </Link>
    </p>
  );
  const publicCaller = await getPublicCaller();

  if (!serviceId) {
    const services = await publicCaller.services.list();
    return (
      <>
        {header}
        {forWhom}
        <Step title="Step 2 of 6: Which service?" back="/book">
          <ChoiceList items={services.map((service) => ({ href: stepHref({ patient: patientId, service: service.id }), label: service.name, detail: `${service.durationMinutes} minutes` }))} />
        </Step>
      </>
    );
  }

  const options = await publicCaller.availability.options({ serviceId });
  const location = options.locations.find((candidate) => candidate.id === locationId);
  if (!location) {
    return (
      <>
        {header}
        {forWhom}
        <Step title={`Step 3 of 6: Where? (${options.service.name})`} back={stepHref({ patient: patientId })}>
          {options.locations.length === 0 ? <p>No location offers this service yet.</p> : null}
          <ChoiceList
            items={options.locations.map((candidate) => ({
              href: stepHref({ patient: patientId, service: serviceId, location: candidate.id }),
              label: candidate.name,
              detail: candidate.city,
            }))}
          />
        </Step>
      </>
    );
  }

  const base = { patient: patientId, service: serviceId, location: location.id };
  if (!providerId || (providerId !== "any" && !location.providers.some((provider) => provider.id === providerId))) {
    return (
      <>
        {header}
        {forWhom}
        <Step title={`Step 4 of 6: With whom? (${location.name})`} back={stepHref({ patient: patientId, service: serviceId })}>
          <ChoiceList
            items={[
              { href: stepHref({ ...base, provider: "any" }), label: "First available", detail: "Whoever is free" },
              ...location.providers.map((provider) => ({ href: stepHref({ ...base, provider: provider.id }), label: provider.name, detail: provider.title })),
            ]}
          />
        </Step>
      </>
    );
  }

  const withProvider = { ...base, provider: providerId };
  const today = todayInZone(location.timeZone);
  if (!date || !start) {
    const chosenDate = date ?? addCalendarDays(today, 1);
    const availability = date
      ? await caller.visits.availability({ search: { serviceId, locationId: location.id, providerId, from: date, to: date }, overrides: waived })
      : null;
    const slots = availability?.days[0]?.slots ?? [];
    return (
      <>
        {header}
        {forWhom}
        <Step title={date ? `Step 5 of 6: What time on ${date}?` : "Step 5 of 6: Which day?"} back={stepHref(base)}>
          <form method="get" action="/book" className="flex max-w-xl flex-col gap-4" aria-label="Day and rules">
            {Object.entries(withProvider).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="flex flex-col gap-1.5">
              <label htmlFor="book-date" className="text-sm font-medium">
                Day ({location.timeZone})
              </label>
              <input id="book-date" name="date" type="date" required min={today} defaultValue={chosenDate} className="min-h-10 w-48 rounded-lg border border-line-strong px-3" />
            </div>
            {mayWaive ? (
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-1 text-sm font-medium">Staff overrides (recorded with the visit; never a double booking)</legend>
                {(["minNotice", "horizon"] as const).map((rule) => (
                  <label key={rule} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="waive" value={rule} defaultChecked={waived.includes(rule)} className="size-4" />
                    {OVERRIDE_LABELS[rule]}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <div>
              <Button type="submit" variant="secondary">
                Show times
              </Button>
            </div>
          </form>
          {availability ? (
            slots.length === 0 ? (
              <p>No free times that day. Try another day{mayWaive ? " or waive a rule" : ""}.</p>
            ) : (
              <ul className="flex max-w-3xl flex-wrap gap-2" aria-label={`Free times on ${date}`}>
                {slots.map((slot) => (
                  <li key={slot.start}>
                    <Link href={stepHref({ ...withProvider, date, start: slot.start }, waived)} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                      {formatInstantInZone(new Date(slot.start), location.timeZone, "short").split(", ").at(-1)}
                    </Link>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </Step>
      </>
    );
  }

  const provider = location.providers.find((candidate) => candidate.id === providerId);
  return (
    <>
      {header}
      {forWhom}
      <Step title="Step 6 of 6: Confirm the visit" back={stepHref({ ...withProvider, date }, waived)}>
        <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium">Patient</dt>
          <dd>{patient.name}</dd>
          <dt className="font-medium">Service</dt>
          <dd>{options.service.name}</dd>
          <dt className="font-medium">Where</dt>
          <dd>{location.name}</dd>
          <dt className="font-medium">With</dt>
          <dd>{provider?.name ?? "First available"}</dd>
          <dt className="font-medium">When</dt>
          <dd>
            {formatInstantInZone(new Date(start), location.timeZone)} ({location.timeZone})
          </dd>
          {waived.length > 0 ? (
            <>
              <dt className="font-medium">Waived</dt>
              <dd>{waived.map((rule) => OVERRIDE_LABELS[rule].replace("Waive the ", "")).join(", ")}</dd>
            </>
          ) : null}
        </dl>
        <p className="text-sm text-muted">
          {patient.email ? "The confirmation and the reminder go to the patient's email, as for online bookings." : "This patient has no email: tell them the time on the phone."}
        </p>
        <ConfirmBookingForm
          fields={{ patient: patientId, service: serviceId, location: location.id, provider: providerId, start }}
          waived={waived}
          idempotencyKey={`desk-${randomUUID()}`}
        />
      </Step>
    </>
  );
}
