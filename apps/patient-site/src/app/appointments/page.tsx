import { buttonClasses } from "@clinic/ui/button";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/auth";
import { FocusPageHeading } from "~/components/focus-page-heading";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { MyAppointments } from "./my-appointments";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "My appointments", robots: { index: false } };

export default async function AppointmentsPage() {
  // Before anything streams, so a signed-out visitor gets a real redirect, not a page that redirects itself.
  await requireUser();

  return (
    <>
      {/* Often reached from an action (signed in, moved a visit): focus the page, not <body>. */}
      <FocusPageHeading />
      <PageHeader
        title="My appointments"
        description="Times are shown in the local time of each clinic, with the time zone named."
        actions={
          <Link href="/book" className={buttonClasses()}>
            Book an appointment
          </Link>
        }
      />
      {/* No Suspense boundary: a streamed part never replaces its fallback without JavaScript. */}
      <AppointmentLists />
    </>
  );
}

/** Loaded on the server so the lists arrive with the page; the client keeps them fresh after changes. */
async function AppointmentLists() {
  await prefetch(trpc.appointments.mine.queryOptions());
  return (
    <HydrateClient>
      <MyAppointments />
    </HydrateClient>
  );
}
