import { describeTimeZone, formatInstantInZone, formatTimeInZone } from "@clinic/domain/time/format-for-people";
import type { ReactNode } from "react";
import { serviceWithDuration } from "./service-and-place-labels";

export type AppointmentSummaryProps = {
  serviceName: string;
  durationMinutes: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  provider: ReactNode;
  locationName: string;
  /** Street and city when known (the booking options only know the city). */
  address?: string;
  reason?: string | null;
};

/**
 * What, when, with whom and where, as a description list. The time is the location's local time and
 * the zone is named ("Central Time (America/Chicago)"), because the reader may be somewhere else.
 */
export function AppointmentSummary(props: AppointmentSummaryProps) {
  const { serviceName, durationMinutes, startsAt, endsAt, timeZone, provider, locationName, address, reason } = props;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-muted">Service</dt>
      <dd>{serviceWithDuration(serviceName, durationMinutes)}</dd>
      <dt className="font-medium text-muted">When</dt>
      <dd>
        <time dateTime={startsAt.toISOString()}>{formatInstantInZone(startsAt, timeZone)}</time> to{" "}
        <time dateTime={endsAt.toISOString()}>{formatTimeInZone(endsAt, timeZone)}</time>
        <br />
        <span className="text-sm text-muted">{describeTimeZone(timeZone, startsAt, "specific")}</span>
      </dd>
      <dt className="font-medium text-muted">With</dt>
      <dd>{provider}</dd>
      <dt className="font-medium text-muted">Where</dt>
      <dd>
        {locationName}
        {address ? <span className="text-muted">, {address}</span> : null}
      </dd>
      {reason ? (
        <>
          <dt className="font-medium text-muted">Reason for the visit</dt>
          <dd className="whitespace-pre-line">{reason}</dd>
        </>
      ) : null}
    </dl>
  );
}

type BookedAppointment = {
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
  service: { name: string; durationMinutes: number };
  provider: { name: string; title: string };
  location: { name: string; timeZone: string; addressLine1: string; city: string };
};

/** The summary of a booked appointment as the API returns it (confirmation and reschedule pages). */
export function BookedAppointmentSummary({ appointment }: { appointment: BookedAppointment }) {
  const { service, provider, location } = appointment;
  return (
    <AppointmentSummary
      serviceName={service.name}
      durationMinutes={service.durationMinutes}
      startsAt={appointment.startsAt}
      endsAt={appointment.endsAt}
      timeZone={location.timeZone}
      provider={`${provider.name}, ${provider.title}`}
      locationName={location.name}
      address={`${location.addressLine1}, ${location.city}`}
      reason={appointment.reason}
    />
  );
}
