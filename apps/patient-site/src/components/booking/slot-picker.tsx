"use client";

import { describeTimeZone, noonOf } from "@clinic/domain/time/format-for-people";
import { todayInZone } from "@clinic/domain/time/zoned-time";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import { Skeleton } from "@clinic/ui/skeleton";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTRPC } from "~/trpc/react";
import { focusHeading } from "../focus-heading";
import type { PatientOutputs } from "~/trpc/types";
import { AvailabilityCalendar } from "./availability-calendar";
import { hasEarlierWindow, hasLaterWindow, searchRange, shiftWindow, windowEnd, windowStartFor } from "./calendar-window";
import { weekdayAndDate } from "./day-labels";
import { TimeList } from "./time-list";

export type Slot = PatientOutputs["availability"]["search"]["days"][number]["slots"][number];

export type SlotPickerProps = {
  serviceId: string;
  locationId: string;
  /** A provider's id, or "any" for the first available. */
  providerId: string;
  timeZone: string;
  date: string | undefined;
  onSelectDate: (date: string) => void;
  selectedTime: string | undefined;
  onSelectTime: (slot: Slot) => void;
  /** Shown above the times, e.g. "That time was just taken". */
  notice?: ReactNode;
  /** The appointment being moved: its own time does not block the search, so it can shift by one slot. */
  reschedulingId?: string;
  /** A start to leave out (the appointment being moved is already at that time). */
  excludeStart?: Date;
  /** Lets the owner move focus to the times, e.g. after a refused booking. */
  timesHeadingRef?: RefObject<HTMLHeadingElement | null>;
  /** What the empty state suggests trying instead of the next two weeks. */
  emptyHint?: string;
};

/**
 * Two weeks of days with openings (availability.search over the visible range, in the location's
 * calendar) and the chosen day's times. Used by /book and by rescheduling.
 */
export function SlotPicker({
  serviceId,
  locationId,
  providerId,
  timeZone,
  date,
  onSelectDate,
  selectedTime,
  onSelectTime,
  notice,
  reschedulingId,
  excludeStart,
  timesHeadingRef,
  emptyHint = "another provider or location",
}: SlotPickerProps) {
  const trpc = useTRPC();
  const today = todayInZone(timeZone);
  const [windowStart, setWindowStart] = useState(() => windowStartFor(date && date >= today ? date : today));
  // A day chosen elsewhere (browser back, a link) brings its two weeks into view.
  const [shownDate, setShownDate] = useState(date);
  if (shownDate !== date) {
    setShownDate(date);
    if (date && (date < windowStart || date > windowEnd(windowStart))) setWindowStart(windowStartFor(date));
  }

  const range = searchRange(windowStart, today);
  const search = useQuery(
    trpc.availability.search.queryOptions(
      range ? { serviceId, locationId, providerId, ...range, ...(reschedulingId ? { reschedulingId } : {}) } : skipToken,
    ),
  );

  const excluded = excludeStart?.getTime();
  const slotsByDate = new Map<string, Slot[]>();
  for (const day of search.data?.days ?? []) {
    slotsByDate.set(
      day.date,
      day.slots.filter((slot) => excluded === undefined || Date.parse(slot.start) !== excluded),
    );
  }
  const openings = new Map([...slotsByDate].map(([day, slots]) => [day, slots.length]));
  const totalOpenings = [...openings.values()].reduce((sum, count) => sum + count, 0);
  const lastBookableDate = search.data?.lastBookableDate;

  const ownHeading = useRef<HTMLHeadingElement>(null);
  const timesHeading = timesHeadingRef ?? ownHeading;
  const focusTimes = useRef(false);
  useEffect(() => {
    if (!focusTimes.current) return;
    focusTimes.current = false;
    focusHeading(timesHeading.current);
  }, [date, timesHeading]);

  // Times show only for a day in view; paging to other weeks hides them until a day there is chosen.
  const dayInView = date && date >= windowStart && date <= windowEnd(windowStart) ? date : undefined;
  const daySlots = dayInView ? slotsByDate.get(dayInView) : undefined;
  const zone = describeTimeZone(timeZone, noonOf(date ?? today));

  return (
    <div className="flex flex-col gap-6">
      <p className="text-muted">
        Days with openings are marked.{" "}
        {/* Phones have no arrow keys to speak of; the hint is for keyboards. */}
        <span className="hidden sm:inline">Use the arrow keys to move between days. </span>All times are {zone}.
      </p>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={!hasEarlierWindow(windowStart, today)}
          onClick={() => setWindowStart(shiftWindow(windowStart, -1))}
        >
          <span aria-hidden="true">←</span> Previous two weeks
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={!hasLaterWindow(windowStart, lastBookableDate)}
          onClick={() => setWindowStart(shiftWindow(windowStart, 1))}
        >
          Next two weeks <span aria-hidden="true">→</span>
        </Button>
      </div>

      {search.isPending && range ? (
        <CalendarSkeleton />
      ) : search.isError ? (
        <Alert tone="error" title="We could not load the openings">
          <p>{search.error.message}</p>
          <Button variant="secondary" size="sm" className="mt-3" onClick={() => void search.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : (
        <>
          <AvailabilityCalendar
            key={windowStart}
            windowStart={windowStart}
            openings={openings}
            selectedDate={date}
            today={today}
            onSelectDate={(chosen) => {
              focusTimes.current = true;
              onSelectDate(chosen);
            }}
          />
          {search.isFetching ? (
            <p role="status" className="text-sm text-muted">
              Checking for new openings…
            </p>
          ) : null}
          {totalOpenings === 0 ? (
            <EmptyState
              title="No openings in these two weeks"
              description={`Try the next two weeks, or ${emptyHint}.`}
              action={
                hasLaterWindow(windowStart, lastBookableDate) ? (
                  <Button variant="secondary" onClick={() => setWindowStart(shiftWindow(windowStart, 1))}>
                    Show the next two weeks
                  </Button>
                ) : null
              }
            />
          ) : null}
        </>
      )}

      {notice}

      {dayInView ? (
        <section aria-labelledby="times-heading" className="flex flex-col gap-3">
          <h3 id="times-heading" ref={timesHeading} tabIndex={-1} className="text-xl font-semibold">
            Times on {weekdayAndDate(dayInView)}
          </h3>
          <p className="text-muted">Times are {zone}.</p>
          {search.isPending ? (
            <div role="status" aria-label="Loading times" className="grid grid-cols-3 gap-2 sm:grid-cols-6">
              {Array.from({ length: 6 }, (_, index) => (
                <Skeleton key={index} className="h-11" />
              ))}
            </div>
          ) : daySlots && daySlots.length > 0 ? (
            <TimeList
              label={`Available times on ${weekdayAndDate(dayInView)}`}
              slots={daySlots}
              timeZone={timeZone}
              selected={selectedTime}
              onSelect={onSelectTime}
            />
          ) : (
            <p>No openings remain on this day. Please choose another day.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

function CalendarSkeleton() {
  return (
    <div role="status" aria-label="Loading openings" className="flex flex-col gap-1">
      <Skeleton className="mb-2 h-5 w-48" />
      {Array.from({ length: 3 }, (_, row) => (
        <div key={row} className="grid grid-cols-7 gap-1">
          {Array.from({ length: 7 }, (_, column) => (
            <Skeleton key={column} className={row === 0 ? "h-5" : "h-16"} />
          ))}
        </div>
      ))}
    </div>
  );
}
