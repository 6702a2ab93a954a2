"use client";

import { formatTimeInZone } from "@clinic/domain/time/format-for-people";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { Skeleton } from "@clinic/ui/skeleton";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { weekdayAndDate } from "./day-labels";
import { earliestSlots } from "./earliest-slots";

/** How far ahead the earliest openings are looked for; the calendar below reaches further. */
const LOOKAHEAD_DAYS = 28;
const SHOWN = 3;

/**
 * "First available" answered at once: the next few free times with any provider, one tap each;
 * the calendar below stays for a patient who needs a particular day.
 */
export function EarliestOpenings({
  serviceId,
  locationId,
  timeZone,
  onChoose,
}: {
  serviceId: string;
  locationId: string;
  timeZone: string;
  onChoose: (slot: { date: string; start: string }) => void;
}) {
  const trpc = useTRPC();
  const today = todayInZone(timeZone);
  const search = useQuery(
    trpc.availability.search.queryOptions({
      serviceId,
      locationId,
      providerId: "any",
      from: today,
      to: addCalendarDays(today, LOOKAHEAD_DAYS - 1),
    }),
  );

  if (search.isPending) {
    return (
      <div role="status" aria-label="Finding the earliest openings" className="mb-8 grid gap-2 sm:grid-cols-3">
        {Array.from({ length: SHOWN }, (_, index) => (
          <Skeleton key={index} className="h-16" />
        ))}
      </div>
    );
  }
  // Errors and an empty month are left to the calendar below, which says what to do.
  const slots = search.data ? earliestSlots(search.data, SHOWN) : [];
  if (slots.length === 0) return null;

  return (
    <section aria-labelledby="earliest-openings-heading" className="mb-8 flex flex-col gap-3">
      <h3 id="earliest-openings-heading" className="text-xl font-semibold">
        Earliest openings
      </h3>
      <ul className="grid gap-2 sm:grid-cols-3">
        {slots.map((slot) => (
          <li key={slot.start}>
            <button
              type="button"
              onClick={() => onChoose(slot)}
              className="flex min-h-11 w-full flex-col items-start rounded-lg border border-line-strong bg-surface px-4 py-3 text-left hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
            >
              <span className="font-semibold text-ink">
                {weekdayAndDate(slot.date)} at <time dateTime={slot.start}>{formatTimeInZone(new Date(slot.start), timeZone)}</time>
              </span>{" "}
              <span className="text-sm text-muted">with {slot.providerNames.join(" or ")}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="text-muted">Or choose a day below.</p>
    </section>
  );
}
