import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser, requireUser } from "~/auth";
import { APPOINTMENT_NOT_FOUND_TITLE } from "~/components/appointment-not-found";
import { BookedAppointmentSummary } from "~/components/booking/appointment-summary";
import { ChangePolicy } from "~/components/booking/change-policy";
import { getOwnAppointment } from "~/data/appointment";
import { RescheduleFlow } from "./reschedule-flow";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Signed out: the page sends the visitor to sign in; only a signed-in patient's lookup can say "not found".
  const found = (await getSessionUser())?.patientId ? (await getOwnAppointment(id)) !== null : true;
  return { title: found ? "Reschedule an appointment" : APPOINTMENT_NOT_FOUND_TITLE, robots: { index: false } };
}

export default async function ReschedulePage({ params }: Props) {
  const { id } = await params;
  await requireUser();
  const appointment = await getOwnAppointment(id);
  if (!appointment) notFound();

  const { location } = appointment;
  // A visit that has passed is no longer "booked" for long, and its change window closed a day before it.
  const movable = appointment.status === "booked";

  return (
    <>
      <PageHeader
        title="Reschedule your appointment"
        description={`Choose a new time with ${appointment.provider.name} at ${location.name}. Your current time stays booked until you confirm the new one.`}
      />
      <section aria-labelledby="current-appointment" className="mb-8">
        <h2 id="current-appointment" className="mb-3 text-xl font-semibold">
          Your current appointment
        </h2>
        <Card>
          <BookedAppointmentSummary appointment={appointment} />
          {movable ? (
            <div className="mt-4 border-t border-line pt-4 text-sm text-muted">
              <ChangePolicy change={appointment.change} location={location} />
            </div>
          ) : null}
        </Card>
      </section>

      {!movable ? (
        <Card>
          <p>This appointment can no longer be moved{appointment.status === "cancelled" ? " because it was cancelled" : ""}.</p>
          <Link href="/appointments" className={`mt-4 ${buttonClasses({ variant: "secondary" })}`}>
            Back to my appointments
          </Link>
        </Card>
      ) : appointment.change.allowed ? (
        <RescheduleFlow appointment={appointment} />
      ) : (
        <Link href="/appointments" className={buttonClasses({ variant: "secondary" })}>
          Back to my appointments
        </Link>
      )}
    </>
  );
}
