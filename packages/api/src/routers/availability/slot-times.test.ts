import type { BookableDay } from "@clinic/domain/scheduling/bookable-slots";
import { toZonedIsoString, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { describe, expect, it } from "vitest";
import { zonedSlots } from "./slot-times";

/** Every 15 minutes from `from` to `to` local time on `date`, 60-minute visits. */
function day(date: string, timeZone: string, from: string, to: string): BookableDay {
  const start = wallClockToInstant(date, from, timeZone).getTime();
  const end = wallClockToInstant(date, to, timeZone).getTime();
  const slots = [];
  for (let t = start; t <= end; t += 15 * 60_000) slots.push({ start: new Date(t), end: new Date(t + 3_600_000), providerIds: ["p"] });
  return { date, slots };
}

describe("zonedSlots", () => {
  it.each([
    ["an ordinary day", "2027-03-10", "America/Chicago", "09:00", "16:00"],
    ["the spring-forward day, across the change", "2027-03-14", "America/New_York", "00:00", "23:00"],
    ["the fall-back day, across the change", "2027-11-07", "America/New_York", "00:00", "23:00"],
    ["a half-hour zone", "2027-03-10", "Asia/Kolkata", "09:00", "16:00"],
    ["a zone east of UTC across its own midnight", "2027-03-10", "Pacific/Auckland", "00:00", "23:45"],
  ])("writes every time exactly as toZonedIsoString on %s", (_label, date, timeZone, from, to) => {
    const bookable = day(date, timeZone, from, to);
    expect(zonedSlots(bookable, timeZone)).toEqual(
      bookable.slots.map((slot) => ({
        start: toZonedIsoString(slot.start, timeZone),
        end: toZonedIsoString(slot.end, timeZone),
        providerIds: slot.providerIds,
      })),
    );
  });

  it("is empty for a day without slots", () => {
    expect(zonedSlots({ date: "2027-03-10", slots: [] }, "America/Chicago")).toEqual([]);
  });
});
