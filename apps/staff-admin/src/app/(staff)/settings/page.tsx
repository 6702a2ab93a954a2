import { WEEKDAY_NAMES } from "@clinic/domain/clinic/catalogue-settings";
import { staffMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Settings" };

function hoursText(openingHours: { weekday: number; opens: string; closes: string }[]): string {
  if (openingHours.length === 0) return "No opening hours";
  return openingHours.map((day) => `${WEEKDAY_NAMES[day.weekday - 1]?.slice(0, 3)} ${day.opens}–${day.closes}`).join(", ");
}

export default async function SettingsPage() {
  const user = await requireStaff();
  const canEdit = staffMay(user.role, "catalogue.edit");
  const { services, providers, locations } = await (await getCaller()).settings.catalogue();
  const serviceNames = new Map(services.map((service) => [service.id, service.name]));
  const locationNames = new Map(locations.map((location) => [location.id, location.name]));

  return (
    <>
      <PageHeader
        title="Settings"
        description={canEdit ? "Services, providers and locations. Changes apply to the next search; booked visits keep their times." : "Services, providers and locations. Only an administrator can change them."}
      />

      <section aria-labelledby="services-heading" className="mb-10">
        <h2 id="services-heading" className="mb-3 text-2xl font-semibold">
          Services
        </h2>
        <Table stacked>
          <caption className="sr-only">Services and their booking rules</caption>
          <THead>
            <TR>
              <TH>Service</TH>
              <TH>Length</TH>
              <TH>Held before / after</TH>
              <TH>Notice</TH>
              <TH>Horizon</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {services.map((service) => (
              <TR key={service.id}>
                <TH scope="row" className="font-medium">
                  {canEdit ? <Link href={`/settings/services/${service.id}`}>{service.name}</Link> : service.name}
                </TH>
                <TD label="Length">{service.durationMinutes} min</TD>
                <TD label="Held before / after">
                  {service.bufferBeforeMinutes} / {service.bufferAfterMinutes} min
                </TD>
                <TD label="Notice">{service.minNoticeMinutes} min</TD>
                <TD label="Horizon">{service.bookingHorizonDays} days</TD>
                <TD label="Status">{!service.active ? "Inactive" : service.onlineBookable ? "Active, online" : "Active, staff only"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </section>

      <section aria-labelledby="providers-heading" className="mb-10">
        <h2 id="providers-heading" className="mb-3 text-2xl font-semibold">
          Providers
        </h2>
        <Table stacked>
          <caption className="sr-only">Providers, what they offer and where</caption>
          <THead>
            <TR>
              <TH>Provider</TH>
              <TH>Title</TH>
              <TH>Services</TH>
              <TH>Locations</TH>
              <TH>Status</TH>
            </TR>
          </THead>
          <TBody>
            {providers.map((provider) => (
              <TR key={provider.id}>
                <TH scope="row" className="font-medium">
                  {canEdit ? <Link href={`/settings/providers/${provider.id}`}>{provider.name}</Link> : provider.name}
                </TH>
                <TD label="Title">{provider.title}</TD>
                <TD label="Services">{provider.serviceIds.map((id) => serviceNames.get(id)).join(", ") || "None"}</TD>
                <TD label="Locations">{provider.locationIds.map((id) => locationNames.get(id)).join(", ") || "None"}</TD>
                <TD label="Status">{provider.active ? "Active" : "Inactive"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </section>

      <section aria-labelledby="locations-heading">
        <h2 id="locations-heading" className="mb-3 text-2xl font-semibold">
          Locations
        </h2>
        <Table stacked>
          <caption className="sr-only">Locations, their time zones and opening hours</caption>
          <THead>
            <TR>
              <TH>Location</TH>
              <TH>Phone</TH>
              <TH>Time zone</TH>
              <TH>Opening hours</TH>
            </TR>
          </THead>
          <TBody>
            {locations.map((location) => (
              <TR key={location.id}>
                <TH scope="row" className="font-medium">
                  {canEdit ? <Link href={`/settings/locations/${location.id}`}>{location.name}</Link> : location.name}
                </TH>
                <TD label="Phone">{location.phone}</TD>
                <TD label="Time zone">{location.timeZone}</TD>
                <TD label="Opening hours">{hoursText(location.openingHours)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </section>
    </>
  );
}
