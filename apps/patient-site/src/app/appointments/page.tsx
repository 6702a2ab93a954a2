import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireUser } from "~/auth";
import { CardsSkeleton } from "~/components/cards-skeleton";
import { formatInstantInZone, formatTimeInZone } from "@clinic/domain/time/format-for-people";
import { getCaller } from "~/trpc/server";
import type { PatientOutputs } from "~/trpc/types";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "My appointments", robots: { index: false } };

const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: "Booked",
  checked_in: "Checked in",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "Missed",
};

type Appointment = PatientOutputs["appointments"]["mine"]["upcoming"][number];

export default async function AppointmentsPage() {
  // Before anything streams, so a signed-out visitor gets a real redirect, not a page that redirects itself.
  await requireUser();

  return (
    <>
      <PageHeader title="My appointments" description="Times are shown in the local time of each clinic, with the time zone named." />
      <Suspense fallback={<CardsSkeleton label="Loading your appointments" count={2} />}>
        <MyAppointments />
      </Suspense>
    </>
  );
}

async function MyAppointments() {
  const { upcoming, past } = await (await getCaller()).appointments.mine();

  if (upcoming.length === 0 && past.length === 0) {
    return (
      <EmptyState
        title="You have no appointments yet"
        description="Online booking is coming soon. Until then, call the clinic and our front desk will find a time that suits you."
        action={
          <Link href="/locations" className={buttonClasses()}>
            Find a location to call
          </Link>
        }
      />
    );
  }

  return (
    <>
      <AppointmentList title="Upcoming" appointments={upcoming} emptyText="You have no upcoming appointments." />
      <AppointmentList title="Past" appointments={past} emptyText="You have no past appointments." />
    </>
  );
}

function AppointmentList({ title, appointments, emptyText }: { title: string; appointments: Appointment[]; emptyText: string }) {
  const headingId = `appointments-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-4 text-2xl font-semibold">
        {title}
      </h2>
      {appointments.length === 0 ? (
        <p className="text-muted">{emptyText}</p>
      ) : (
        <ul className="space-y-4">
          {appointments.map((appointment) => (
            <li key={appointment.id}>
              <Card>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-semibold">{appointment.service.name}</h3>
                  <span className="rounded-full bg-brand-50 px-3 py-0.5 text-sm font-medium text-brand-800">
                    {STATUS_LABELS[appointment.status as AppointmentStatus] ?? appointment.status}
                  </span>
                </div>
                <p className="mt-2">
                  <time dateTime={appointment.startsAt.toISOString()}>
                    {formatInstantInZone(appointment.startsAt, appointment.location.timeZone)}
                  </time>{" "}
                  to{" "}
                  <time dateTime={appointment.endsAt.toISOString()}>
                    {formatTimeInZone(appointment.endsAt, appointment.location.timeZone)}
                  </time>
                </p>
                <p className="mt-1 text-muted">
                  With {appointment.provider.name}, {appointment.provider.title} · {appointment.location.name},{" "}
                  {appointment.location.addressLine1}, {appointment.location.city}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
