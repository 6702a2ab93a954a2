import { describe, expect, it } from "vitest";
import { attemptIdentity, bookingHref, choose, parseBookingSelection, stepFor } from "./booking-selection";

const full = {
  service: "physical-therapy-session",
  location: "downtown",
  provider: "any",
  date: "2026-12-14",
  time: "2026-12-14T09:00:00-06:00",
};

describe("parseBookingSelection", () => {
  it("reads every choice from the query string", () => {
    expect(parseBookingSelection(new URLSearchParams(bookingHref(full).split("?")[1]))).toEqual(full);
  });

  it("reads Next's searchParams object, taking the first of repeated values", () => {
    expect(parseBookingSelection({ service: ["pain-follow-up", "other"], location: "downtown" })).toEqual({
      service: "pain-follow-up",
      location: "downtown",
    });
  });

  it("drops a malformed value and every choice after it", () => {
    expect(parseBookingSelection({ ...full, location: "Down Town" })).toEqual({ service: full.service });
    expect(parseBookingSelection({ ...full, date: "2026-13-45" })).toEqual({
      service: full.service,
      location: full.location,
      provider: "any",
    });
    expect(parseBookingSelection({ ...full, time: "9am" })).toEqual({ ...full, time: undefined });
  });

  it("ignores a later choice when an earlier one is missing", () => {
    expect(parseBookingSelection({ service: full.service, provider: "any", date: full.date })).toEqual({ service: full.service });
  });

  it("drops a time that is not on the chosen day", () => {
    expect(parseBookingSelection({ ...full, time: "2026-12-15T09:00:00-06:00" }).time).toBeUndefined();
  });

  it("accepts UTC and positive offsets", () => {
    expect(parseBookingSelection({ ...full, time: "2026-12-14T15:00:00Z" }).time).toBe("2026-12-14T15:00:00Z");
    expect(parseBookingSelection({ ...full, time: "2026-12-14T09:00:00+01:00" }).time).toBe("2026-12-14T09:00:00+01:00");
  });
});

describe("bookingHref", () => {
  it("writes the choices in a fixed order and encodes the offset", () => {
    expect(bookingHref({ time: full.time, date: full.date, provider: "any", location: "downtown", service: "x" })).toBe(
      "/book?service=x&location=downtown&provider=any&date=2026-12-14&time=2026-12-14T09%3A00%3A00-06%3A00",
    );
    expect(bookingHref({ ...full, time: "2026-12-14T09:00:00+01:00" })).toContain("%2B01%3A00");
  });

  it("is plain /book with nothing chosen", () => {
    expect(bookingHref({})).toBe("/book");
  });
});

describe("choose", () => {
  it("forgets the choices after the one changed", () => {
    expect(choose(full, "location", "west-el-paso")).toEqual({ service: full.service, location: "west-el-paso" });
    expect(choose(full, "service", "pain-follow-up")).toEqual({ service: "pain-follow-up" });
    expect(choose(full, "date", "2026-12-15")).toEqual({ ...full, date: "2026-12-15", time: undefined });
  });

  it("keeps the day being looked at when only the provider changes", () => {
    expect(choose(full, "provider", "marcus-bell-dpt")).toEqual({
      service: full.service,
      location: full.location,
      provider: "marcus-bell-dpt",
      date: full.date,
    });
  });

  it("clears a choice and what follows it", () => {
    expect(choose(full, "time", undefined)).toEqual({ ...full, time: undefined });
    expect(choose(full, "provider", undefined)).toEqual({ service: full.service, location: full.location });
  });
});

describe("stepFor", () => {
  it("asks for the first missing choice, then shows the review", () => {
    expect(stepFor({})).toBe("service");
    expect(stepFor({ service: "x" })).toBe("location");
    expect(stepFor({ service: "x", location: "y" })).toBe("provider");
    expect(stepFor({ service: "x", location: "y", provider: "any" })).toBe("time");
    expect(stepFor({ service: "x", location: "y", provider: "any", date: full.date })).toBe("time");
    expect(stepFor(full)).toBe("review");
  });
});

describe("attemptIdentity", () => {
  it("differs when any choice differs", () => {
    expect(attemptIdentity(full)).toBe(attemptIdentity({ ...full }));
    expect(attemptIdentity(full)).not.toBe(attemptIdentity({ ...full, time: "2026-12-14T09:15:00-06:00" }));
  });
});
