"use client";

import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Button } from "@clinic/ui/button";
import type { ReactNode } from "react";
import type { BookingSelection, BookingStep, SelectionKey } from "./booking-selection";
import { placeName, serviceWithDuration } from "./service-and-place-labels";

type Row = { key: SelectionKey; label: string; value: ReactNode; change: string };

/** The choices made so far, each with a button to go back and change it; on the review step only the buttons. */
export function ChoicesSummary({
  service,
  location,
  provider,
  selection,
  step,
  onChange,
}: {
  service: { name: string; durationMinutes: number };
  location: { name: string; city: string; timeZone: string } | undefined;
  provider: "any" | { name: string; title: string } | undefined;
  selection: BookingSelection;
  step: BookingStep;
  onChange: (key: SelectionKey) => void;
}) {
  const rows: Row[] = [
    { key: "service", label: "Service", value: serviceWithDuration(service.name, service.durationMinutes), change: "Change service" },
  ];
  if (location) rows.push({ key: "location", label: "Location", value: placeName(location.name, location.city), change: "Change location" });
  if (provider) {
    rows.push({
      key: "provider",
      label: "Provider",
      value: provider === "any" ? "First available" : `${provider.name}, ${provider.title}`,
      change: "Change provider",
    });
  }
  if (step === "review" && selection.time && location) {
    rows.push({
      key: "time",
      label: "Day and time",
      value: formatInstantInZone(new Date(selection.time), location.timeZone),
      change: "Change day or time",
    });
  }

  if (step === "review") {
    // The review card below already lists every choice; here only the ways back (on a phone it would read twice).
    return (
      <nav aria-labelledby="your-choices" className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h2 id="your-choices" className="text-sm font-medium text-muted">
          Change your choices:
        </h2>
        {rows.map((row) => (
          <Button key={row.key} variant="ghost" size="sm" onClick={() => onChange(row.key)}>
            {row.change}
          </Button>
        ))}
      </nav>
    );
  }

  return (
    <section aria-labelledby="your-choices" className="rounded-card border border-line bg-surface px-5 py-4">
      <h2 id="your-choices" className="sr-only">
        Your choices so far
      </h2>
      <ul className="flex flex-col divide-y divide-line">
        {rows.map((row) => (
          <li key={row.key} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
            <p>
              <span className="block text-sm font-medium text-muted">{row.label}</span>
              <span className="font-medium">{row.value}</span>
            </p>
            <Button variant="ghost" size="sm" onClick={() => onChange(row.key)}>
              {row.change}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
