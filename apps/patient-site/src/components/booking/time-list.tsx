"use client";

import { formatTimeInZone } from "@clinic/domain/time/format-for-people";
import { cn } from "@clinic/ui/cn";

export type TimeChoice = { start: string };

/**
 * The day's start times as a list of buttons, in the location's zone (the heading above names it).
 * The chosen one is marked with aria-pressed so its state is announced.
 */
export function TimeList<T extends TimeChoice>({
  label,
  slots,
  timeZone,
  selected,
  onSelect,
}: {
  label: string;
  slots: readonly T[];
  timeZone: string;
  selected: string | undefined;
  onSelect: (slot: T) => void;
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6">
      {slots.map((slot) => {
        const pressed = slot.start === selected;
        return (
          <li key={slot.start}>
            <button
              type="button"
              aria-pressed={pressed}
              onClick={() => onSelect(slot)}
              className={cn(
                "min-h-11 w-full rounded-lg border px-2 py-2 text-center font-medium",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus",
                pressed ? "border-brand-700 bg-brand-700 text-white" : "border-line-strong bg-surface text-ink hover:bg-brand-50",
              )}
            >
              <time dateTime={slot.start}>{formatTimeInZone(new Date(slot.start), timeZone)}</time>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
