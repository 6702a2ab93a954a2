import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";

/** A visit that is not there for this patient (mistyped link, someone else's, or removed): where to go instead. */
export function AppointmentNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-semibold sm:text-4xl">We could not find that appointment</h1>
      <p className="mt-4 text-lg text-muted">
        The link may be mistyped or meant for another account. Your appointments are all listed under My appointments.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/appointments" className={buttonClasses()}>
          My appointments
        </Link>
        <Link href="/book" className={buttonClasses({ variant: "secondary" })}>
          Book an appointment
        </Link>
      </div>
    </div>
  );
}

/** The page title when the appointment in the URL is not the signed-in patient's. */
export const APPOINTMENT_NOT_FOUND_TITLE = "Appointment not found";
