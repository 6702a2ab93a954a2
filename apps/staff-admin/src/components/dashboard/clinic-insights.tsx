import type { StaffRouter } from "@clinic/api/staff-router";
import { APPOINTMENT_STATUSES } from "@clinic/domain/appointments/appointment-status";
import { formatCalendarDate } from "@clinic/domain/time/format-for-people";
import { Card } from "@clinic/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";
import { UtilisationChart } from "./utilisation-chart";

type Insights = inferRouterOutputs<StaffRouter>["dashboard"]["insights"];

const percent = (ratio: number | null) => (ratio === null ? "—" : `${Math.round(ratio * 100)}%`);
const hours = (minutes: number) => `${(minutes / 60).toFixed(1)} h`;

/** Today's counts, the no-show rate and the utilisation chart with its data table. */
export function ClinicInsights({ insights }: { insights: Insights }) {
  const { today, utilisation, noShows } = insights;
  const period = `${formatCalendarDate(utilisation.from, "long")} to ${formatCalendarDate(utilisation.to, "long")}`;
  return (
    <section aria-labelledby="insights-heading" className="mb-10 flex flex-col gap-6">
      <h2 id="insights-heading" className="text-2xl font-semibold">
        At a glance
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        {today.map((location) => (
          <Card key={location.id}>
            <h3 className="font-semibold">Today at {location.name}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {APPOINTMENT_STATUSES.map((status) => (
                <div key={status} className="contents">
                  <dt className="text-muted">{appointmentStatusLabel(status)}</dt>
                  <dd className="font-medium">{location.counts[status]}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ))}
        <Card>
          <h3 className="font-semibold">No-show rate, last 30 days</h3>
          <p className="mt-2 text-3xl font-semibold">{percent(noShows.rate)}</p>
          <p className="text-sm text-muted">
            {noShows.noShows} of {noShows.visits} visits that were due
          </p>
        </Card>
      </div>

      <figure className="flex flex-col gap-3">
        <figcaption>
          <h3 id="utilisation-heading" className="text-xl font-semibold">
            Utilisation per provider, next 14 days
          </h3>
          <p className="text-sm text-muted">Booked time (with buffers) as a share of working time, {period}.</p>
        </figcaption>
        {utilisation.providers.length > 0 ? (
          <UtilisationChart bars={utilisation.providers.map((p) => ({ name: p.name, percent: Math.round((p.ratio ?? 0) * 100) }))} />
        ) : null}
        <Table>
          <caption className="sr-only">Utilisation per provider, {period}</caption>
          <THead>
            <TR>
              <TH>Provider</TH>
              <TH>Booked</TH>
              <TH>Working</TH>
              <TH>Utilisation</TH>
            </TR>
          </THead>
          <TBody>
            {utilisation.providers.length === 0 ? (
              <TR>
                <TD colSpan={4}>No provider has working hours in these days.</TD>
              </TR>
            ) : (
              utilisation.providers.map((provider) => (
                <TR key={provider.id}>
                  <TH scope="row" className="font-medium">
                    {provider.name}
                  </TH>
                  <TD>{hours(provider.bookedMinutes)}</TD>
                  <TD>{hours(provider.workingMinutes)}</TD>
                  <TD>{percent(provider.ratio)}</TD>
                </TR>
              ))
            )}
          </TBody>
        </Table>
      </figure>
    </section>
  );
}
