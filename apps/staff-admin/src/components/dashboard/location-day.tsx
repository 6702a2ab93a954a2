import type { StaffRouter } from "@clinic/api/staff-router";
import { EmptyState } from "@clinic/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { describeTimeZone, formatCalendarDate, formatTimeInZone, noonOf } from "@clinic/domain/time/format-for-people";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";

type LocationSummary = inferRouterOutputs<StaffRouter>["dashboard"]["summary"]["locations"][number];

/** One location's day, with times in that location's own zone (the two clinics are an hour apart). */
export function LocationDay({ location }: { location: LocationSummary }) {
  const headingId = `location-${location.id}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div>
        <h2 id={headingId} className="text-xl font-semibold">
          {location.name}
        </h2>
        <p className="text-sm text-muted">
          {formatCalendarDate(location.date, "full")} · times in {describeTimeZone(location.timeZone, noonOf(location.date), "specific")}
        </p>
      </div>
      {location.appointments.length === 0 ? (
        <EmptyState title="No appointments" description={`Nothing is booked at ${location.name} on this day.`} />
      ) : (
        <Table>
          <caption className="sr-only">
            Appointments at {location.name} on {formatCalendarDate(location.date, "full")}
          </caption>
          <THead>
            <TR>
              <TH>Time</TH>
              <TH>Patient</TH>
              <TH>Service</TH>
              <TH>Provider</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {location.appointments.map((appointment) => (
              <TR key={appointment.id}>
                <TD className="whitespace-nowrap">
                  {formatTimeInZone(appointment.startsAt, location.timeZone)}–{formatTimeInZone(appointment.endsAt, location.timeZone)}
                </TD>
                <TD>
                  <Link href={`/patients/${appointment.patient.id}`} className="font-medium text-brand-800 underline">
                    {appointment.patient.name}
                  </Link>
                </TD>
                <TD>{appointment.service.name}</TD>
                <TD>{appointment.provider.name}</TD>
                <TD>{appointmentStatusLabel(appointment.status)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
