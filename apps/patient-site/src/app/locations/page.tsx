import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { Metadata } from "next";
import { JsonLd } from "~/components/json-ld";
import { medicalClinics } from "~/content/structured-data";
import { getClinicInfo, getLocations } from "~/data/clinic-info";
import { siteUrl } from "~/env";
import { describeTimeZone, formatWallClock, WEEKDAY_NAMES } from "@clinic/domain/time/format-for-people";
import { telHref } from "~/format/phone";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Locations",
  description: "Addresses, phone numbers and opening hours of our clinics in Austin and El Paso, Texas.",
  alternates: { canonical: "/locations" },
};

export default async function LocationsPage() {
  const [info, locations] = await Promise.all([getClinicInfo(), getLocations()]);

  return (
    <>
      <JsonLd data={medicalClinics(info.name, locations, siteUrl())} />
      <PageHeader title="Locations" description="Opening hours are given in each clinic's local time." />
      <div className="grid gap-8 lg:grid-cols-2">
        {locations.map((location) => (
          <section key={location.id} id={location.slug} aria-labelledby={`location-${location.slug}`}>
            <Card className="h-full">
              <h2 id={`location-${location.slug}`} className="text-2xl font-semibold">
                {location.name}
              </h2>
              <address className="mt-3 not-italic">
                {location.addressLine1}
                <br />
                {location.addressLine2 ? (
                  <>
                    {location.addressLine2}
                    <br />
                  </>
                ) : null}
                {location.city}, {location.region} {location.postalCode}
              </address>
              <p className="mt-3">
                Phone:{" "}
                <a href={telHref(location.phone)} className="font-medium text-brand-800">
                  {location.phone}
                </a>
              </p>
              <p className="mt-1 text-sm text-muted">Time zone: {describeTimeZone(location.timeZone)}</p>

              <h3 className="mt-6 mb-3 text-lg font-semibold">Opening hours</h3>
              <Table>
                <caption className="sr-only">
                  Opening hours of {location.name}, in {describeTimeZone(location.timeZone)}
                </caption>
                <THead>
                  <TR>
                    <TH>Day</TH>
                    <TH>Hours</TH>
                  </TR>
                </THead>
                <TBody>
                  {WEEKDAY_NAMES.map((day, index) => {
                    const hours = location.openingHours
                      .filter((slot) => slot.weekday === index + 1)
                      .toSorted((a, b) => a.opens.localeCompare(b.opens));
                    return (
                      <TR key={day}>
                        <TH scope="row" className="font-medium">
                          {day}
                        </TH>
                        <TD>
                          {hours.length === 0
                            ? "Closed"
                            : hours.map((slot) => `${formatWallClock(slot.opens)} – ${formatWallClock(slot.closes)}`).join(", ")}
                        </TD>
                      </TR>
                    );
                  })}
                </TBody>
              </Table>
            </Card>
          </section>
        ))}
      </div>
    </>
  );
}
