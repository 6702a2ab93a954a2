import { Alert } from "@clinic/ui/alert";
import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser, requireUser } from "~/auth";
import { APPOINTMENT_NOT_FOUND_TITLE } from "~/components/appointment-not-found";
import { FocusPageHeading } from "~/components/focus-page-heading";
import { BookedAppointmentSummary } from "~/components/booking/appointment-summary";
import { ChangePolicy } from "~/components/booking/change-policy";
import { getOwnAppointment } from "~/data/appointment";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Signed out: the page sends the visitor to sign in; only a signed-in patient's lookup can say "not found".
  const appointment = (await getSessionUser())?.patientId ? await getOwnAppointment(id) : undefined;
  const title =
    appointment === null ? APPOINTMENT_NOT_FOUND_TITLE : appointment?.status === "cancelled" ? "Appointment cancelled" : "Appointment booked";
  return { title, robots: { index: false } };
}

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
      {/* Arriving from Confirm, whose button is gone: focus the outcome, not <body>. */}
      <FocusPageHeading />
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
