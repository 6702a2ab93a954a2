import { describe, expect, it } from "vitest";
import { calendarHref, parseCalendarParams } from "./calendar-params";

const LOCATION = "6f1c7f5e-3f0a-4c55-9a37-6a0d2b9d0f11";

describe("parseCalendarParams", () => {
  it("keeps well-formed ids and dates and defaults to the day view", () => {
    expect(parseCalendarParams({ location: LOCATION, date: "2027-03-14" })).toEqual({
      view: "day",
      locationId: LOCATION,
      providerId: undefined,
      serviceId: undefined,
      date: "2027-03-14",
      ignored: false,
    });
  });

  it("drops malformed values and says so", () => {
    const parsed = parseCalendarParams({ view: "month", location: "x", date: "2027-02-30", provider: ["", "y"] });
    expect(parsed).toMatchObject({ view: "day", locationId: undefined, date: undefined, providerId: undefined, ignored: true });
  });

  it("builds links with only ids and the date", () => {
    expect(calendarHref({ view: "week", locationId: LOCATION, date: "2027-03-08" })).toBe(`/calendar?view=week&location=${LOCATION}&date=2027-03-08`);
  });
});
