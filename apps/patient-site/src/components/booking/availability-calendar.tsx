"use client";

import { cn } from "@clinic/ui/cn";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { windowWeeks } from "./calendar-window";
import { calendarDayLabel, dayOfMonth, openingsShort, shortMonth, windowLabel } from "./day-labels";

const WEEKDAYS = [
  { short: "Mon", long: "Monday" },
  { short: "Tue", long: "Tuesday" },
  { short: "Wed", long: "Wednesday" },
  { short: "Thu", long: "Thursday" },
  { short: "Fri", long: "Friday" },
  { short: "Sat", long: "Saturday" },
  { short: "Sun", long: "Sunday" },
] as const;

const ARROW_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

export type AvailabilityCalendarProps = {
  windowStart: string;
  /** Openings per local date; dates not listed have none (past, closed or beyond the horizon). */
  openings: ReadonlyMap<string, number>;
  selectedDate: string | undefined;
  today: string;
  onSelectDate: (date: string) => void;
};

/**
 * Two weeks as an ARIA grid of day buttons (the WAI-ARIA date-picker pattern): one Tab stop, arrow
 * keys move between days, Home/End to the week's ends, Enter or Space chooses. Days without openings
 * stay focusable with aria-disabled so arrowing through them does not skip silently.
 */
export function AvailabilityCalendar({ windowStart, openings, selectedDate, today, onSelectDate }: AvailabilityCalendarProps) {
  const weeks = windowWeeks(windowStart);
  const dates = weeks.flat();
  const firstOpen = dates.find((date) => (openings.get(date) ?? 0) > 0);
  const initialFocus = selectedDate && dates.includes(selectedDate) ? selectedDate : (firstOpen ?? dates.find((date) => date >= today) ?? dates[0]!);
  const [focusDate, setFocusDate] = useState(initialFocus);
  // Roving tabindex: follow a new window or selection without an effect.
  const rovingDate = dates.includes(focusDate) ? focusDate : initialFocus;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    buttons.current.get(rovingDate)?.focus();
  }, [rovingDate]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const index = dates.indexOf(rovingDate);
    let target: number | undefined;
    if (event.key in ARROW_STEPS) target = index + ARROW_STEPS[event.key]!;
    else if (event.key === "Home") target = index - (index % 7);
    else if (event.key === "End") target = index - (index % 7) + 6;
    if (target === undefined) return;
    event.preventDefault();
    const next = dates[Math.min(dates.length - 1, Math.max(0, target))]!;
    moveFocus.current = true;
    setFocusDate(next);
    // Same date (an edge): the effect will not run, so focus directly.
    if (next === rovingDate) buttons.current.get(next)?.focus();
  }

  const captionId = `calendar-caption-${windowStart}`;
  return (
    <table role="grid" aria-labelledby={captionId} onKeyDown={onKeyDown} className="w-full table-fixed border-separate border-spacing-1">
      <caption id={captionId} className="mb-2 text-left font-medium text-ink">
        {windowLabel(dates[0]!, dates[dates.length - 1]!)}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday.short} scope="col" abbr={weekday.long} className="pb-1 text-center text-sm font-medium text-muted">
              {weekday.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((date, column) => {
              const count = openings.get(date) ?? 0;
              const open = count > 0;
              const selected = date === selectedDate;
              const showMonth = (column === 0 && week === weeks[0]) || dayOfMonth(date) === "1";
              return (
                <td key={date} aria-selected={selected} className="p-0">
                  <button
                    type="button"
                    ref={(element) => {
                      if (element) buttons.current.set(date, element);
                      else buttons.current.delete(date);
                    }}
                    tabIndex={date === rovingDate ? 0 : -1}
                    aria-label={calendarDayLabel(date, count, { showMonth })}
                    aria-disabled={open ? undefined : true}
                    aria-current={date === today ? "date" : undefined}
                    onClick={() => {
                      setFocusDate(date);
                      if (open) onSelectDate(date);
                    }}
                    className={cn(
                      "flex min-h-16 w-full flex-col items-center justify-center rounded-lg border px-1 py-1.5 text-center",
                      "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus",
                      open
                        ? "border-brand-300 bg-surface text-ink hover:bg-brand-50"
                        : "cursor-not-allowed border-transparent bg-canvas text-muted",
                      selected && "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
                    )}
                  >
                    {/* The spaces keep "Dec 14 6 open" apart for axe's check that the name starts with the visible text. */}
                    <span aria-hidden="true" className="text-xs">
                      {showMonth ? shortMonth(date) : "\u00a0"}
                    </span>{" "}
                    <span aria-hidden="true" className={cn("text-lg leading-6", date === today && "underline underline-offset-4")}>
                      {dayOfMonth(date)}
                    </span>{" "}
                    <span aria-hidden="true" className={cn("text-xs", selected ? "text-white" : open ? "text-brand-800" : "text-muted")}>
                      {openingsShort(count)}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
