import type { StaffRouter } from "@clinic/api/staff-router";
import { EmptyState } from "@clinic/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";

type Appointment = inferRouterOutputs<StaffRouter>["patients"]["detail"]["appointments"][number];

/** The patient's appointments; each time is shown in its location's zone, with the zone abbreviation. */
export function PatientAppointments({ appointments, onlyYours = false }: { appointments: Appointment[]; onlyYours?: boolean }) {
  return (
    <section aria-labelledby="patient-appointments-heading" className="flex flex-col gap-3">
      <h2 id="patient-appointments-heading" className="text-lg font-semibold">
        {onlyYours ? "Your appointments with this patient" : "Appointments"}
      </h2>
      {onlyYours ? <p className="text-sm text-muted">Providers see only their own visits; the front desk sees the patient&apos;s others.</p> : null}
      {appointments.length === 0 ? (
        <EmptyState title="No appointments yet" description="This patient has not booked any appointment." />
      ) : (
        <Table stacked>
          <THead>
            <TR>
              <TH>When</TH>
              <TH>Service</TH>
              <TH>Provider</TH>
              <TH>Location</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {appointments.map((appointment) => (
              <TR key={appointment.id}>
                <TD className="whitespace-nowrap">
                  <Link href={`/visits/${appointment.id}`} className="text-brand-800 underline">
                    {formatInstantInZone(appointment.startsAt, appointment.timeZone, "short")}
                  </Link>
                </TD>
                <TD label="Service">{appointment.serviceName}</TD>
                <TD label="Provider">{appointment.providerName}</TD>
                <TD label="Location">{appointment.locationName}</TD>
                <TD label="Status">{appointmentStatusLabel(appointment.status)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
