import { describe, expect, it } from "vitest";
import {
  changedFields,
  locationSettingsSchema,
  openingHoursFromForm,
  serviceSettingsSchema,
  timeZoneSchema,
} from "./catalogue-settings";

const service = {
  name: "Pain follow-up",
  durationMinutes: "30",
  bufferBeforeMinutes: "0",
  bufferAfterMinutes: "10",
  minNoticeMinutes: "720",
  bookingHorizonDays: "60",
  slotIntervalMinutes: "15",
  changeCutoffMinutes: "1440",
  active: "on",
};

const location = {
  name: "Downtown Austin",
  addressLine1: "100 Congress Ave",
  addressLine2: "",
  city: "Austin",
  region: "TX",
  postalCode: "78701",
  phone: "(512) 555-0100",
  timeZone: "America/Chicago",
  openingHours: [{ weekday: 1, opens: "08:00", closes: "17:00" }],
};

describe("serviceSettingsSchema", () => {
  it("reads a posted form: numbers from text, a ticked box as true, an absent box as false", () => {
    expect(serviceSettingsSchema.parse(service)).toMatchObject({ durationMinutes: 30, bufferAfterMinutes: 10, active: true });
    expect(serviceSettingsSchema.parse({ ...service, active: undefined }).active).toBe(false);
    expect(serviceSettingsSchema.parse({ ...service, onlineBookable: "on" }).onlineBookable).toBe(true);
  });

  it("holds the booking policy's limits, with a sentence per field", () => {
    const result = serviceSettingsSchema.safeParse({ ...service, durationMinutes: "481", slotIntervalMinutes: "2.5", bookingHorizonDays: "" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      durationMinutes: "The visit length is at most 480 minutes.",
      slotIntervalMinutes: "Enter a whole number of minutes.",
      bookingHorizonDays: "Enter a whole number of days.",
    });
  });

  it("refuses an empty name", () => {
    expect(serviceSettingsSchema.safeParse({ ...service, name: "  " }).error?.issues[0]?.message).toBe("Enter the service's name.");
  });
});

describe("timeZoneSchema", () => {
  it("accepts IANA zones and refuses abbreviations and made-up names", () => {
    expect(timeZoneSchema.parse("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    for (const zone of ["CST", "Mars/Olympus_Mons", "", "+05:00"]) expect(timeZoneSchema.safeParse(zone).success, zone).toBe(false);
  });
});

describe("locationSettingsSchema", () => {
  it("accepts a location and keeps an empty second address line as none", () => {
    expect(locationSettingsSchema.parse(location).addressLine2).toBeNull();
  });

  it("refuses closing before opening and a weekday given twice", () => {
    const backwards = locationSettingsSchema.safeParse({ ...location, openingHours: [{ weekday: 2, opens: "17:00", closes: "08:00" }] });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["openingHours", 0, "closes"], message: "Closing time must be after opening time." });
    const twice = locationSettingsSchema.safeParse({ ...location, openingHours: [location.openingHours[0], location.openingHours[0]] });
    expect(twice.error?.issues[0]?.message).toBe("Give each weekday once.");
  });
});

describe("openingHoursFromForm", () => {
  it("skips days with both boxes empty and keeps half-filled ones for the schema to name", () => {
    const posted: Record<string, string> = { "opens-1": "08:00", "closes-1": "17:00", "opens-3": "09:00" };
    expect(openingHoursFromForm((name) => posted[name] ?? "")).toEqual([
      { weekday: 1, opens: "08:00", closes: "17:00" },
      { weekday: 3, opens: "09:00", closes: "" },
    ]);
  });
});

describe("changedFields", () => {
  it("names the fields whose values differ, arrays compared by content", () => {
    expect(changedFields({ a: 1, b: "x", c: [1, 2] }, { a: 1, b: "y", c: [1, 2] })).toEqual(["b"]);
    expect(changedFields({ a: 1, c: [1] }, { a: 2, c: [1, 3] })).toEqual(["a", "c"]);
  });
});
