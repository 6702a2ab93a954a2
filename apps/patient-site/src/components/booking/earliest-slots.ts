import type { PatientOutputs } from "~/trpc/types";

type Availability = Pick<PatientOutputs["availability"]["search"], "days" | "providers">;

export type EarliestSlot = { date: string; start: string; providerNames: string[] };

/** The first `count` free times in a search result (days and slots come in order), with who is free for each. */
export function earliestSlots(availability: Availability, count: number): EarliestSlot[] {
  const found: EarliestSlot[] = [];
  for (const day of availability.days) {
    for (const slot of day.slots) {
      if (found.length === count) return found;
      const providerNames = slot.providers.flatMap((index) => availability.providers[index]?.name ?? []);
      found.push({ date: day.date, start: slot.start, providerNames });
    }
  }
  return found;
}
