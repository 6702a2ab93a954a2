import { describe, expect, it } from "vitest";
import { toZonedIsoString, wallClockToInstant } from "../time/zoned-time";
import type { BookableDayTimes } from "./bookable-slots";
import { zonedSlots } from "./zoned-slots";

/** Every 15 minutes from `from` to `to` local time on `date` (or, given `through`, into the next day). */
function day(date: string, timeZone: string, from: string, to: string, through = date): BookableDayTimes {
  const start = wallClockToInstant(date, from, timeZone).getTime();
  const end = wallClockToInstant(through, to, timeZone).getTime();
  const starts = [];
  for (let t = start; t <= end; t += 15 * 60_000) starts.push(t);
  return { date, starts, providerIndexes: starts.map((_, index) => (index % 3 === 0 ? [0, 2] : [1])) };
}

describe("zonedSlots", () => {
  it.each([
    ["an ordinary day", day("2027-03-10", "America/Chicago", "09:00", "16:00"), "America/Chicago"],
    ["the spring-forward day, across the change", day("2027-03-14", "America/New_York", "00:00", "23:00"), "America/New_York"],
    ["the fall-back day, across the change", day("2027-11-07", "America/New_York", "00:00", "23:00"), "America/New_York"],
    ["a half-hour zone", day("2027-03-10", "Asia/Kolkata", "09:00", "16:00"), "Asia/Kolkata"],
    ["a zone east of UTC across its own midnight", day("2027-03-10", "Pacific/Auckland", "00:00", "23:45"), "Pacific/Auckland"],
    ["a shift running past local midnight", day("2027-03-10", "America/Chicago", "22:00", "01:30", "2027-03-11"), "America/Chicago"],
  ])("writes every start exactly as toZonedIsoString on %s, with its providers", (_label, bookable, timeZone) => {
    expect(zonedSlots(bookable, timeZone)).toEqual(
      bookable.starts.map((start, index) => ({ start: toZonedIsoString(new Date(start), timeZone), providers: bookable.providerIndexes[index] })),
    );
  });

  it("is empty for a day without slots", () => {
    expect(zonedSlots({ date: "2027-03-10", starts: [], providerIndexes: [] }, "America/Chicago")).toEqual([]);
  });
});
