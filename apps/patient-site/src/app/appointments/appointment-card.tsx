"use client";

import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { describeTimeZone, formatInstantInZone, formatTimeInZone } from "@clinic/domain/time/format-for-people";
import { Button, buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { cn } from "@clinic/ui/cn";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { bookingHref } from "~/components/booking/booking-selection";
import { ChangePolicy } from "~/components/booking/change-policy";
import { focusHeading } from "~/components/focus-heading";
import type { PatientOutputs } from "~/trpc/types";
import { CancelAppointmentDialog } from "./cancel-appointment-dialog";

export type PatientAppointment = PatientOutputs["appointments"]["mine"]["upcoming"][number];

const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: "Booked",
  checked_in: "Checked in",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "Missed",
};

/**
 * One visit: what, when (in the location's zone, named), with whom, where, and the patient's reason.
 * An upcoming booked visit offers "Add to calendar", and "Reschedule" / "Cancel" while online changes
 * are open — afterwards the clinic's phone number instead.
 */
export function AppointmentCard({
  appointment,
  upcoming,
  takeFocus = false,
  onCancelled,
}: {
  appointment: PatientAppointment;
  upcoming: boolean;
  /** Move focus to this visit's title, e.g. once it shows as cancelled (its Cancel button, which had focus, is gone). */
  takeFocus?: boolean;
  onCancelled?: (id: string) => void;
}) {
  const [cancelling, setCancelling] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const { location } = appointment;
  const titleId = `appointment-${appointment.id}`;
  const active = upcoming && appointment.status === "booked";
  useEffect(() => {
    if (takeFocus) focusHeading(title.current);
  }, [takeFocus]);

  return (
    <article aria-labelledby={titleId}>
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={titleId} ref={title} tabIndex={-1} className="text-lg font-semibold">
            {appointment.service.name}
          </h3>
          <span
            className={cn(
              "rounded-full px-3 py-0.5 text-sm font-medium",
              appointment.status === "cancelled" ? "bg-canvas text-muted" : "bg-brand-50 text-brand-800",
            )}
          >
            {STATUS_LABELS[appointment.status]}
          </span>
        </div>
        <p className="mt-2">
          <time dateTime={appointment.startsAt.toISOString()}>{formatInstantInZone(appointment.startsAt, location.timeZone)}</time> to{" "}
          <time dateTime={appointment.endsAt.toISOString()}>{formatTimeInZone(appointment.endsAt, location.timeZone)}</time>
          <span className="block text-sm text-muted">{describeTimeZone(location.timeZone, appointment.startsAt, "specific")}</span>
        </p>
        <p className="mt-1 text-muted">
          With {appointment.provider.name}, {appointment.provider.title} · {location.name}, {location.addressLine1}, {location.city}
        </p>
        {appointment.reason ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Your reason:</span> {appointment.reason}
          </p>
        ) : null}

        {active ? (
          <div className="mt-4 border-t border-line pt-4">
            {appointment.change.allowed ? null : (
              <div className="mb-3 text-sm">
                <ChangePolicy change={appointment.change} location={location} />
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              <a
                href={`/appointments/${appointment.id}/calendar`}
                download
                aria-describedby={titleId}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                Add to calendar
              </a>
              {appointment.change.allowed ? (
                <>
                  <Link
                    href={`/appointments/${appointment.id}/reschedule`}
                    aria-describedby={titleId}
                    className={buttonClasses({ variant: "secondary", size: "sm" })}
                  >
                    Reschedule
                  </Link>
                  <Button variant="ghost" size="sm" aria-describedby={titleId} onClick={() => setCancelling(true)}>
                    Cancel appointment
                  </Button>
                </>
              ) : null}
            </div>
          </div>
        ) : null}

        {appointment.status === "cancelled" ? (
          <div className="mt-4 border-t border-line pt-4">
            <Link
              href={bookingHref({ service: appointment.service.slug })}
              aria-describedby={titleId}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              Book again
            </Link>
          </div>
        ) : null}
      </Card>
      {active && appointment.change.allowed ? (
        <CancelAppointmentDialog
          appointment={appointment}
          open={cancelling}
          onClose={() => setCancelling(false)}
          // The list moves this visit to "Past and cancelled" (a new card there): the list hands it the focus.
          onCancelled={() => onCancelled?.(appointment.id)}
        />
      ) : null}
    </article>
  );
}
