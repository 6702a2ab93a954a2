"use client";

import { cn } from "@clinic/ui/cn";
import type { ReactNode } from "react";

export type Choice = { value: string; title: string; detail?: ReactNode };

/**
 * Options of one step as large buttons: the title is the accessible name, the detail its description,
 * and the current choice is aria-pressed (so coming back to a step says what was chosen).
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
        const idBase = `choice-${label.replace(/\W+/g, "-").toLowerCase()}-${choice.value}`;
        return (
          <li key={choice.value}>
            <button
              type="button"
              aria-pressed={pressed}
              // The title alone is the name ("Downtown Austin"); the detail is read after it as a description.
              aria-labelledby={`${idBase}-title`}
              aria-describedby={choice.detail ? `${idBase}-detail` : undefined}
              onClick={() => onChoose(choice.value)}
              className={cn(
                "flex h-full w-full flex-col items-start gap-1 rounded-card border bg-surface px-5 py-4 text-left shadow-card",
                "hover:border-brand-500 hover:bg-brand-50",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus",
                pressed ? "border-brand-700 ring-2 ring-brand-700" : "border-line",
              )}
            >
              <span id={`${idBase}-title`} className="text-lg font-semibold text-ink">
                {choice.title}
              </span>
              {choice.detail ? (
                <span id={`${idBase}-detail`} className="text-sm text-muted">
                  {choice.detail}
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
