"use client";

import { buttonClasses } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { AppointmentCard } from "./appointment-card";

/** Upcoming visits (soonest first, with their actions), then past and cancelled ones (most recent first). */
export function MyAppointments() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.appointments.mine.queryOptions());
  const [cancelledId, setCancelledId] = useState<string | null>(null);

  if (data.upcoming.length === 0 && data.past.length === 0) {
    return (
      <EmptyState
        title="You have no appointments yet"
        description="Book a visit online in a couple of minutes: choose a service, a location and a time that suits you."
        action={
          <Link href="/book" className={buttonClasses()}>
            Book your first appointment
          </Link>
        }
      />
    );
  }

  return (
    <>
      <section aria-labelledby="appointments-upcoming" className="mb-10">
        <h2 id="appointments-upcoming" className="mb-4 text-2xl font-semibold">
          Upcoming
        </h2>
        {data.upcoming.length === 0 ? (
          <p className="text-muted">
            You have no upcoming appointments.{" "}
            <Link href="/book" className="font-medium text-brand-800">
              Book one online
            </Link>
            .
          </p>
        ) : (
          <ul className="space-y-4">
            {data.upcoming.map((appointment) => (
              <li key={appointment.id}>
                <AppointmentCard appointment={appointment} upcoming onCancelled={setCancelledId} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="appointments-past" className="mb-10">
        <h2 id="appointments-past" className="mb-4 text-2xl font-semibold">
          Past and cancelled
        </h2>
        {data.past.length === 0 ? (
          <p className="text-muted">You have no past or cancelled appointments.</p>
        ) : (
          <ul className="space-y-4">
            {data.past.map((appointment) => (
              <li key={appointment.id}>
                <AppointmentCard appointment={appointment} upcoming={false} takeFocus={appointment.id === cancelledId} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
