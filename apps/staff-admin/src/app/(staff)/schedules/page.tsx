import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field } from "@clinic/ui/field";
import { PageHeader } from "@clinic/ui/page-header";
import { Select } from "@clinic/ui/select";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import { FocusHeading } from "~/components/booking/focus-heading";
import { ApproveForm, ClosureForm, ExceptionForm, RemoveClosureForm, RequestTimeOffForm, WeeklyHoursForm } from "~/components/schedules/schedule-change-forms";
import type { SearchParamValue } from "~/lib/search-params";
import { WEEKDAYS } from "~/lib/schedule-change-form";
import { getCaller } from "~/trpc/server";
import { declineTimeOffAction } from "./actions";

export const metadata: Metadata = { title: "Schedules" };

type SearchParams = Promise<{ provider?: SearchParamValue; removed?: SearchParamValue }>;

const dayName = (weekday: number) => WEEKDAYS.find(([day]) => day === weekday)?.[1] ?? "";
const span = (start: string | null, end: string | null) => (start && end ? `${start}–${end}` : "whole day");

/**
 * Weekly hours, time off and closures. Every change is previewed first (slots gained and lost, visits
 * it would strand) and saved only once each stranded visit is kept or cancelled.
 */
export default async function SchedulesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff(rolesThatMay("schedules.viewAll", "schedules.viewOwn"));
  const data = await (await getCaller()).schedules.overview();
  const { provider: raw, removed } = await searchParams;
  const wanted = Array.isArray(raw) ? raw[0] : raw;
  const provider = data.providers.find((candidate) => candidate.id === wanted) ?? data.providers[0];
  const locationName = (id: string | null) => (id ? (data.locations.find((location) => location.id === id)?.name ?? "") : "Every location");
  const providerName = (id: string) => data.providers.find((candidate) => candidate.id === id)?.name ?? "";
  const pending = data.exceptions.filter((exception) => exception.status === "pending");
  const ownExceptions = provider ? data.exceptions.filter((exception) => exception.providerId === provider.id) : [];

  return (
    <>
      <PageHeader title="Schedules" description="Providers' weekly hours, time off and extra hours, and location closures. Times are the location's own." />

      {data.providers.length > 1 ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label="Choose a provider">
          <Field id="provider-pick" label="Provider">
            <Select id="provider-pick" name="provider" defaultValue={provider?.id}>
              {data.providers.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            Show schedule
          </Button>
        </form>
      ) : null}

      {data.may.approveTimeOff && pending.length > 0 ? (
        <section aria-labelledby="pending-heading" className="mb-8">
          <h2 id="pending-heading" className="text-xl font-semibold">
            Time-off requests waiting for approval
          </h2>
          <ul className="mt-3 flex flex-col gap-4">
            {pending.map((request) => {
              const label = `${providerName(request.providerId)}, ${request.date}, ${span(request.start, request.end)}, ${locationName(request.locationId)}`;
              return (
                <li key={request.id} className="flex flex-col gap-2">
                  <ApproveForm exceptionId={request.id} label={label} />
                  <form action={declineTimeOffAction}>
                    <input type="hidden" name="exceptionId" value={request.id} />
                    <Button type="submit" variant="ghost" aria-label={`Decline: ${label}`}>
                      Decline request
                    </Button>
                  </form>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {provider ? (
        <section aria-labelledby="provider-heading" className="mb-8">
          <h2 id="provider-heading" className="text-xl font-semibold">
            {provider.name}
          </h2>
          {provider.locationIds.map((locationId) => {
            const rows = provider.weeklyHours.filter((row) => row.locationId === locationId);
            return (
              <div key={locationId} className="mt-4">
                <h3 className="font-semibold">Weekly hours at {locationName(locationId)}</h3>
                {rows.length === 0 ? (
                  <p className="text-sm text-muted">No hours here.</p>
                ) : (
                  <ul className="text-sm">
                    {rows.map((row) => (
                      <li key={row.id}>
                        {dayName(row.weekday)} {row.start}–{row.end}
                        {row.effectiveFrom || row.effectiveTo ? ` (from ${row.effectiveFrom ?? "the start"} until ${row.effectiveTo ?? "further notice"})` : ""}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
          <h3 className="mt-4 font-semibold">Time off and extra hours</h3>
          {ownExceptions.length === 0 ? (
            <p className="text-sm text-muted">None ahead.</p>
          ) : (
            <ul className="text-sm">
              {ownExceptions.map((exception) => (
                <li key={exception.id}>
                  {exception.date}: {exception.kind === "time_off" ? "time off" : "extra hours"} {span(exception.start, exception.end)}, {locationName(exception.locationId)}
                  {exception.status === "approved" ? "" : ` (${exception.status})`}
                  {exception.note ? ` — ${exception.note}` : ""}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-6 flex flex-col gap-6">
            {data.may.addTimeOff ? (
              <ExceptionForm provider={provider} locations={data.locations.filter((location) => provider.locationIds.includes(location.id))} />
            ) : null}
            {data.may.requestTimeOff ? <RequestTimeOffForm locations={data.locations.filter((location) => provider.locationIds.includes(location.id))} /> : null}
            {data.may.editHours
              ? provider.locationIds.map((locationId) => (
                  <WeeklyHoursForm
                    key={locationId}
                    provider={provider}
                    location={{ id: locationId, name: locationName(locationId) }}
                    hours={provider.weeklyHours.filter((row) => row.locationId === locationId)}
                  />
                ))
              : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="closures-heading">
        {removed === "closure" ? (
          <>
            <FocusHeading id="closures-heading">Location closures</FocusHeading>
            <Alert tone="success" className="my-3">
              The closure is removed: those hours are bookable again.
            </Alert>
          </>
        ) : (
          <h2 id="closures-heading" className="text-xl font-semibold">
            Location closures
          </h2>
        )}
        {data.closures.length === 0 ? (
          <p className="text-sm text-muted">No closures ahead.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {data.closures.map((closure) => (
              <li key={closure.id}>
                {closure.date} · {locationName(closure.locationId)} · {span(closure.start, closure.end)} · {closure.reason}
                {data.may.editClosures ? (
                  // <details> opens without JavaScript; each form inside previews before it saves.
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-800 underline">
                      Change or remove<span className="sr-only"> the closure on {closure.date} at {locationName(closure.locationId)}</span>
                    </summary>
                    <div className="mt-3 flex flex-col gap-4">
                      <ClosureForm locations={data.locations} closure={closure} />
                      <RemoveClosureForm closure={closure} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {data.may.editClosures ? (
          <div className="mt-4">
            <ClosureForm locations={data.locations} />
          </div>
        ) : null}
      </section>
    </>
  );
}
