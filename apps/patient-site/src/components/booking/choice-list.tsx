"use client";

import { cn } from "@clinic/ui/cn";
import type { ReactNode } from "react";

export type Choice = { value: string; title: string; detail?: ReactNode; badge?: string };

/**
 * Options of one step as large buttons. The accessible name is the card's whole visible text (title,
 * then badge and detail), so voice control can say what it sees (WCAG 2.5.3); the current choice is
 * aria-pressed (so coming back to a step says what was chosen).
 */
export function ChoiceList({
  label,
  choices,
  selected,
  onChoose,
}: {
  label: string;
  choices: readonly Choice[];
  selected?: string | undefined;
  onChoose: (value: string) => void;
}) {
  return (
    <ul aria-label={label} className="grid gap-3 md:grid-cols-2">
      {choices.map((choice) => {
        const pressed = choice.value === selected;
        return (
          <li key={choice.value}>
            <button
              type="button"
              aria-pressed={pressed}
              onClick={() => onChoose(choice.value)}
              className={cn(
                "flex h-full w-full flex-col items-start gap-1 rounded-card border bg-surface px-5 py-4 text-left shadow-card",
                "hover:border-brand-500 hover:bg-brand-50",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus",
                pressed ? "border-brand-700 ring-2 ring-brand-700" : "border-line",
              )}
            >
              {/* The spaces between the parts keep the words apart in the accessible name. */}
              <span className="text-lg font-semibold text-ink">{choice.title}</span>{" "}
              {choice.badge ? (
                <>
                  <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-800">{choice.badge}</span>{" "}
                </>
              ) : null}
              {choice.detail ? <span className="text-sm text-muted">{choice.detail}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
