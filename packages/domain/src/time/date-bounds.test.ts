import { describe, expect, it } from "vitest";
import { boundedDateSchema, boundedInstantSchema, DATE_RANGE_MESSAGE, isSafeForDateArithmetic, isWithinDateBounds } from "./date-bounds";

describe("date bounds", () => {
  it("accept the clinic's years and refuse the calendar's edges", () => {
    expect(["1900-01-01", "2027-03-14", "2199-12-31T23:59:59Z"].map(isWithinDateBounds)).toEqual([true, true, true]);
    expect(["0000-01-01", "0099-12-31", "1899-12-31", "2200-01-01", "9999-12-31"].map(isWithinDateBounds)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("leave a wider range to the transport backstop, still refusing the calendar's edges", () => {
    expect(["1899-12-31", "2999-01-01"].map(isSafeForDateArithmetic)).toEqual([true, true]);
    expect(["0000-01-01", "0099-12-31", "9999-12-31", "+275760-09-13"].map(isSafeForDateArithmetic)).toEqual([false, false, false, false]);
  });

  it("give the format message for a malformed date and the range message for an edge one", () => {
    const date = boundedDateSchema("Enter a date like 2027-03-14.");
    expect(date.safeParse("14/03/2027").error?.issues[0]?.message).toBe("Enter a date like 2027-03-14.");
    expect(date.safeParse("9999-12-30").error?.issues[0]?.message).toBe(DATE_RANGE_MESSAGE);
    expect(date.parse("2027-03-14")).toBe("2027-03-14");
  });

  it("bound instants the same way", () => {
    const instant = boundedInstantSchema("Choose a time from the list.");
    expect(instant.safeParse("0001-01-01T00:00:00Z").error?.issues[0]?.message).toBe(DATE_RANGE_MESSAGE);
    expect(instant.safeParse("2027-03-14T09:00").error?.issues[0]?.message).toBe("Choose a time from the list.");
    expect(instant.parse("2027-03-14T09:00:00-05:00")).toBe("2027-03-14T09:00:00-05:00");
  });
});
