import { Alert } from "@clinic/ui/alert";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { Suspense } from "react";
import { getSessionUser } from "~/auth";
import { CardsSkeleton } from "~/components/cards-skeleton";
import { BookingWizard } from "~/components/booking/booking-wizard";
import { parseBookingSelection } from "~/components/booking/booking-selection";
import { getClinicInfo } from "~/data/clinic-info";
import { telHref } from "~/format/phone";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Book an appointment",
  description: "Choose a service, a location and a provider, see the open times and book a visit online.",
  alternates: { canonical: "/book" },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BookPage({ searchParams }: { searchParams: SearchParams }) {
  const selection = parseBookingSelection(await searchParams);
  const [user, info, services] = await Promise.all([
    getSessionUser(),
    getClinicInfo(),
    getQueryClient().fetchQuery(trpc.services.list.queryOptions()),
  ]);
  // The first screen renders with its data (a preselected service's locations included); later steps fetch in the browser.
  const service = services.find((candidate) => candidate.slug === selection.service);
  if (service) await prefetch(trpc.availability.options.queryOptions({ serviceId: service.id }));

  return (
    <>
      <PageHeader
        title="Book an appointment"
        description="Pick a service, where and with whom, then a time that suits you. Times are shown in the clinic's local time, with the time zone named."
      />
      <noscript>
        {/* The steps below are buttons driven by scripts; without them say so plainly and give the phone. */}
        <Alert tone="warning" title="Booking online needs JavaScript" className="mb-8 text-base">
          <p>
            JavaScript is turned off or blocked in this browser, so the booking steps below will not respond.{" "}
            {info.phone ? (
              <>
                Please call us at <a href={telHref(info.phone)}>{info.phone}</a> and our front desk will book your visit.
              </>
            ) : (
              "Please call the clinic and our front desk will book your visit."
            )}
          </p>
        </Alert>
      </noscript>
      <HydrateClient>
        {/* useSearchParams reads the choices on the client; the boundary keeps the rest of the page streaming. */}
        <Suspense fallback={<CardsSkeleton label="Loading booking options" count={4} />}>
          <BookingWizard signedIn={user?.patientId != null} emailUnconfirmed={user !== null && user.patientId === null} clinicPhone={info.phone} />
        </Suspense>
      </HydrateClient>
    </>
  );
}
