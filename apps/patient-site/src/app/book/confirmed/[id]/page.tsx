import { Alert } from "@clinic/ui/alert";
import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "~/auth";
import { BookedAppointmentSummary } from "~/components/booking/appointment-summary";
import { ChangePolicy } from "~/components/booking/change-policy";
import { getOwnAppointment } from "~/data/appointment";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Appointment booked", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function BookingConfirmedPage({ params }: Props) {
  const { id } = await params;
  // The proxy does not run for /book, so say where to come back to explicitly.
  const user = await requireUser(`/book/confirmed/${encodeURIComponent(id)}`);
  const appointment = await getOwnAppointment(id);
  if (!appointment) notFound();

  const { location } = appointment;
  const cancelled = appointment.status === "cancelled";

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={cancelled ? "This appointment was cancelled" : "Your appointment is booked"}
        description={cancelled ? undefined : `We have sent the details to ${user.email}.`}
      />
      {cancelled ? null : (
        <Alert tone="success" title="See you soon" className="mb-6">
          <ChangePolicy change={appointment.change} location={location} />
        </Alert>
      )}
      <Card>
        <BookedAppointmentSummary appointment={appointment} />
      </Card>
      <div className="mt-6 flex flex-wrap gap-3">
        {cancelled ? null : (
          <a href={`/appointments/${appointment.id}/calendar`} download className={buttonClasses()}>
            Add to calendar
          </a>
        )}
        <Link href="/appointments" className={buttonClasses({ variant: "secondary" })}>
          My appointments
        </Link>
        <Link href="/book" className={buttonClasses({ variant: "ghost" })}>
          Book another visit
        </Link>
      </div>
    </div>
  );
}
