import { describe, expect, it } from "vitest";
import { earliestSlots } from "./earliest-slots";

const providers = [
  { id: "00000000-0000-4000-8000-000000000001", name: "Dr. Maya Okafor", title: "Physician" },
  { id: "00000000-0000-4000-8000-000000000002", name: "Sam Lee", title: "Physical therapist" },
];

describe("earliestSlots", () => {
  it("takes the first times in order across days, naming who is free", () => {
    const days = [
      { date: "2026-12-01", slots: [] },
      { date: "2026-12-02", slots: [{ start: "2026-12-02T16:00:00-06:00", providers: [1] }] },
      {
        date: "2026-12-03",
        slots: [
          { start: "2026-12-03T09:00:00-06:00", providers: [0, 1] },
          { start: "2026-12-03T09:15:00-06:00", providers: [0] },
          { start: "2026-12-03T09:30:00-06:00", providers: [0] },
        ],
      },
    ];
    expect(earliestSlots({ days, providers }, 3)).toEqual([
      { date: "2026-12-02", start: "2026-12-02T16:00:00-06:00", providerNames: ["Sam Lee"] },
      { date: "2026-12-03", start: "2026-12-03T09:00:00-06:00", providerNames: ["Dr. Maya Okafor", "Sam Lee"] },
      { date: "2026-12-03", start: "2026-12-03T09:15:00-06:00", providerNames: ["Dr. Maya Okafor"] },
    ]);
  });

  it("returns fewer when there are fewer, and none for an empty range", () => {
    expect(earliestSlots({ days: [{ date: "2026-12-01", slots: [{ start: "2026-12-01T09:00:00-06:00", providers: [0] }] }], providers }, 3)).toHaveLength(1);
    expect(earliestSlots({ days: [], providers }, 3)).toEqual([]);
  });
});
