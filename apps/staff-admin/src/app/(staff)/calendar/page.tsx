import type { StaffRouter } from "@clinic/api/staff-router";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { minuteOfCalendarDay, weekStarting } from "@clinic/domain/scheduling/calendar-day";
import { describeTimeZone, formatCalendarDate, noonOf } from "@clinic/domain/time/format-for-people";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { Alert } from "@clinic/ui/alert";
import { buttonClasses } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "~/auth";
import { AutoRefresh } from "~/components/calendar/auto-refresh";
import { CalendarPickers } from "~/components/calendar/calendar-pickers";
import { DaySheet } from "~/components/calendar/day-sheet";
import { PrintButton } from "~/components/calendar/print-button";
import { type GridColumn, TimeGrid } from "~/components/calendar/time-grid";
import { calendarHref, parseCalendarParams } from "~/lib/calendar-params";
import type { SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Calendar" };

type Calendar = inferRouterOutputs<StaffRouter>["calendar"]["day"];
type Day = Calendar["days"][number];

/** Changes made elsewhere appear within this many seconds. */
const REFRESH_SECONDS = 20;

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, SearchParamValue>> }) {
  await requireStaff(rolesThatMay("appointments.viewAll", "appointments.viewOwn"));
  const params = parseCalendarParams(await searchParams);
  const caller = await getCaller();
  const choices = await caller.calendar.choices();
  const location = choices.locations.find((candidate) => candidate.id === params.locationId) ?? choices.locations[0];
  if (!location) {
    return (
      <>
        <PageHeader title="Calendar" />
        <EmptyState
          title="No calendar to show"
          description={
            choices.ownProviderId === null && choices.providers.length === 0
              ? "Your account is not linked to a provider's record yet, or you work at no location. Ask an administrator to link it."
              : "There is no location yet."
          }
        />
      </>
    );
  }

  const atLocation = choices.providers.filter((provider) => provider.locationIds.includes(location.id));
  const providerId = choices.ownProviderId ?? atLocation.find((provider) => provider.id === params.providerId)?.id;
  const serviceId = choices.services.find((service) => service.id === params.serviceId)?.id;
  const date = params.date ?? todayInZone(location.timeZone);
  const request = { locationId: location.id, date, providerId, serviceId };
  const calendar = params.view === "week" ? await caller.calendar.week(request) : await caller.calendar.day(request);
  const step = params.view === "week" ? 7 : 1;
  const href = (to: string, view = params.view) => calendarHref({ view, locationId: location.id, providerId, serviceId, date: to });
  const firstDay = calendar.days[0];
  // A week can straddle a clock change: name the zone generically there ("Eastern Time").
  const zoneName = describeTimeZone(location.timeZone, noonOf(date), params.view === "week" ? "generic" : "specific");
  const nowMs = renderedAt();
  const title =
    params.view === "week"
      ? `Week of ${formatCalendarDate(weekStarting(date).from, "long")} at ${location.name}`
      : `${formatCalendarDate(date, "full")} at ${location.name}`;
  const names = new Map(calendar.providers.map((provider) => [provider.id, provider.name]));

  return (
    <>
      <AutoRefresh seconds={REFRESH_SECONDS} />
      <PageHeader
        title="Calendar"
        description={`Times in ${zoneName}.`}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <Link href={href(addCalendarDays(date, -step))} className={buttonClasses({ variant: "secondary" })}>
              {params.view === "week" ? "Previous week" : "Previous day"}
            </Link>
            <Link href={href(todayInZone(location.timeZone))} className={buttonClasses({ variant: "secondary" })}>
              Today
            </Link>
            <Link href={href(addCalendarDays(date, step))} className={buttonClasses({ variant: "secondary" })}>
              {params.view === "week" ? "Next week" : "Next day"}
            </Link>
            {params.view === "day" ? <PrintButton label="Print day sheet" /> : null}
          </div>
        }
      />
      <div className="mb-6">
        <CalendarPickers
          // A new key per choice: after a client-side navigation the uncontrolled fields show the new choice.
          key={`${params.view}/${location.id}/${providerId ?? ""}/${serviceId ?? ""}/${date}`}
          view={params.view}
          date={date}
          locationId={location.id}
          providerId={providerId}
          serviceId={serviceId}
          locations={choices.locations}
          providers={atLocation}
          services={choices.services}
          ownOnly={choices.ownProviderId !== null}
        />
      </div>
      {params.ignored ? (
        <Alert tone="warning" className="mb-6">
          Part of the address was not understood and was left out. Choose again above.
        </Alert>
      ) : null}
      {calendar.notice ? (
        <Alert tone="info" className="mb-6">
          {calendar.notice}
        </Alert>
      ) : null}
      <h2 className="mb-1 text-xl font-semibold">{title}</h2>
      <p className="mb-4 text-sm text-muted print:hidden">
        Blocks are coloured by status and say it in words. Striped: time off. Narrow stripes: buffers before and after visits. Grey: outside working
        hours. Updates every {REFRESH_SECONDS} seconds.
      </p>
      {calendar.providers.length === 0 && !calendar.notice ? (
        <EmptyState title="Nobody works here with this choice" description="No active provider at this location matches the provider and service chosen." />
      ) : params.view === "day" && firstDay ? (
        <>
          <TimeGrid
            label={title}
            timeZone={location.timeZone}
            axis={firstDay.hourMarks}
            columns={firstDay.columns.map((column) => toColumn(firstDay, column, names.get(column.providerId) ?? "", nowMs, false))}
          />
          <DaySheet
            title={title}
            timeZone={location.timeZone}
            rows={firstDay.columns.flatMap((column) =>
              column.visits.map((visit) => ({
                id: visit.id,
                startsAt: new Date(visit.startMs),
                endsAt: new Date(visit.endMs),
                status: visit.status,
                providerName: names.get(column.providerId) ?? "",
                patientName: visit.patient.name,
                serviceName: visit.service.name,
              })),
            )}
          />
        </>
      ) : (
        <TimeGrid
          label={title}
          timeZone={location.timeZone}
          axis={null}
          columns={calendar.days.map((day) => weekColumn(day, names, nowMs, href(day.date, "day")))}
        />
      )}
    </>
  );
}

/** When this server render happens: where the "now" line goes (refreshed with the page). */
function renderedAt(): number {
  return Date.now();
}

function toColumn(day: Day, column: Day["columns"][number], heading: string, nowMs: number, withProvider: boolean): GridColumn {
  return {
    key: column.providerId,
    heading,
    lengthMinutes: day.lengthMinutes,
    hourMarks: day.hourMarks,
    working: column.working,
    timeOff: column.timeOff,
    buffers: column.buffers,
    visits: column.visits.map((visit) => ({
      ...visit,
      startsAt: new Date(visit.startMs),
      endsAt: new Date(visit.endMs),
      patientName: visit.patient.name,
      serviceName: visit.service.name,
      providerName: withProvider ? heading : undefined,
    })),
    nowMinute: minuteOfCalendarDay(day, nowMs),
  };
}

/** One day of a week: one provider's hours and visits, or every provider's visits side by side. */
function weekColumn(day: Day, names: Map<string, string>, nowMs: number, dayHref: string): GridColumn {
  const single = day.columns.length === 1;
  const heading = (
    <Link href={dayHref} className="text-brand-800 underline">
      {formatCalendarDate(day.date, "full").replace(/, \d{4}$/, "")}
      {day.lengthMinutes !== 1440 ? ` (${day.lengthMinutes / 60} h)` : ""}
    </Link>
  );
  const columns = day.columns.map((column) => toColumn(day, column, names.get(column.providerId) ?? "", nowMs, !single));
  return {
    key: day.date,
    heading,
    lengthMinutes: day.lengthMinutes,
    hourMarks: day.hourMarks,
    // Several providers' hours do not add up to one picture: the whole day is drawn plain.
    working: single ? (columns[0]?.working ?? []) : [{ startMinute: 0, endMinute: day.lengthMinutes }],
    timeOff: single ? (columns[0]?.timeOff ?? []) : [],
    buffers: single ? (columns[0]?.buffers ?? []) : [],
    visits: columns.flatMap((column) => column.visits),
    nowMinute: minuteOfCalendarDay(day, nowMs),
  };
}
