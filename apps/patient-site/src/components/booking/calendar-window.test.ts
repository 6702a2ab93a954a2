import { describe, expect, it } from "vitest";
import { hasEarlierWindow, hasLaterWindow, searchRange, shiftWindow, windowEnd, windowStartFor, windowWeeks } from "./calendar-window";

describe("windowStartFor", () => {
  it("is the Monday on or before the date", () => {
    expect(windowStartFor("2026-12-14")).toBe("2026-12-14"); // a Monday
    expect(windowStartFor("2026-12-16")).toBe("2026-12-14");
    expect(windowStartFor("2026-12-20")).toBe("2026-12-14"); // Sunday belongs to the week before
    expect(windowStartFor("2027-01-01")).toBe("2026-12-28"); // across a year
  });
});

describe("windowWeeks", () => {
  it("is two rows of seven consecutive dates, across month ends", () => {
    const weeks = windowWeeks("2026-12-28");
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
    expect(weeks[1]?.[6]).toBe("2027-01-10");
    expect(windowEnd("2026-12-28")).toBe("2027-01-10");
  });

  it("keeps local dates across a daylight-saving change", () => {
    expect(windowWeeks("2027-03-08")[0]?.[6]).toBe("2027-03-14");
    expect(windowWeeks("2027-03-08")[1]?.[0]).toBe("2027-03-15");
  });
});

describe("searchRange", () => {
  it("starts at today when the window began earlier", () => {
    expect(searchRange("2026-12-14", "2026-12-17")).toEqual({ from: "2026-12-17", to: "2026-12-27" });
  });

  it("covers the whole window when it lies ahead", () => {
    expect(searchRange("2026-12-28", "2026-12-17")).toEqual({ from: "2026-12-28", to: "2027-01-10" });
  });

  it("is null when the whole window is past", () => {
    expect(searchRange("2026-11-30", "2026-12-17")).toBeNull();
  });
});

describe("window navigation", () => {
  it("does not go back before the window holding today", () => {
    expect(hasEarlierWindow("2026-12-14", "2026-12-17")).toBe(false);
    expect(hasEarlierWindow("2026-12-28", "2026-12-17")).toBe(true);
  });

  it("goes forward while the next window still has a bookable day", () => {
    expect(hasLaterWindow("2026-12-14", "2026-12-28")).toBe(true);
    expect(hasLaterWindow("2026-12-14", "2026-12-27")).toBe(false);
    expect(hasLaterWindow("2026-12-14", undefined)).toBe(true);
  });

  it("moves by whole windows", () => {
    expect(shiftWindow("2026-12-14", 1)).toBe("2026-12-28");
    expect(shiftWindow("2026-12-28", -1)).toBe("2026-12-14");
  });
});
