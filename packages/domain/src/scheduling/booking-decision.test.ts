import { describe, expect, it } from "vitest";
import { SlotUnavailable } from "../errors/domain-error";
import type { ProviderAvailability } from "./bookable-slots";
import { decideStart, rankForFirstAvailable, refusalOfChange, type BookingRefusal, type StartRequest } from "./booking-decision";
import { BookingRefused, PastChangeCutoff, PatientAlreadyBooked, refusalError } from "./booking-errors";
import type { BookingPolicy } from "./booking-policy";
import { readScope, readScopeAround } from "./read-scope";

const NEW_YORK = "America/New_York";
const SUNDAY = 7;
const policy: BookingPolicy = {
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 12 * 60,
  bookingHorizonDays: 30,
  slotIntervalMinutes: 15,
  changeCutoffMinutes: 24 * 60,
};
// Sunday 2027-03-21, EDT (UTC−4): 09:00 local is 13:00Z.
const NINE = new Date("2027-03-21T13:00:00Z");
const at = (iso: string) => new Date(iso);
const held = (from: string, to: string) => ({ startMs: Date.parse(from), endMs: Date.parse(to) });

function provider(providerId: string, extra: Partial<ProviderAvailability> = {}): ProviderAvailability {
  return { providerId, weeklyHours: [{ weekday: SUNDAY, start: "09:00", end: "12:00" }], exceptions: [], busy: [], ...extra };
}

function request(extra: Partial<StartRequest> = {}): StartRequest {
  return {
    policy,
    timeZone: NEW_YORK,
    now: at("2027-03-15T12:00:00Z"),
    start: NINE,
    providers: [provider("a"), provider("b")],
    patientVisits: [],
    ...extra,
  };
}

const refusalOf = (extra: Partial<StartRequest>): BookingRefusal | null => {
  const decision = decideStart(request(extra));
  return decision.bookable ? null : decision.refusal;
};

describe("decideStart", () => {
  it("books a start the picker offers, naming every free provider in the order given", () => {
    expect(decideStart(request())).toEqual({ bookable: true, providerIds: ["a", "b"], endsAt: at("2027-03-21T13:30:00Z") });
    const aBusy = provider("a", { busy: [held("2027-03-21T13:00:00Z", "2027-03-21T13:30:00Z")] });
    expect(decideStart(request({ providers: [aBusy, provider("b")] }))).toMatchObject({ bookable: true, providerIds: ["b"] });
  });

  it("refuses a patient who already holds an overlapping visit, even where providers are free", () => {
    expect(refusalOf({ patientVisits: [held("2027-03-21T13:15:00Z", "2027-03-21T13:45:00Z")] })).toEqual({ kind: "patient-busy" });
    // Touching is not overlapping.
    expect(refusalOf({ patientVisits: [held("2027-03-21T12:30:00Z", "2027-03-21T13:00:00Z")] })).toBeNull();
  });

  it("refuses a start off the slot grid", () => {
    expect(refusalOf({ start: at("2027-03-21T13:05:00Z") })).toEqual({ kind: "not-a-slot-time" });
    expect(refusalOf({ start: at("2027-03-21T13:00:30Z") })).toEqual({ kind: "not-a-slot-time" });
  });

  it("refuses a start inside the minimum notice, and a staff override lifts it", () => {
    const now = at("2027-03-21T05:00:00Z"); // 8 hours before
    expect(refusalOf({ now })).toEqual({ kind: "too-soon", minNoticeMinutes: 720 });
    expect(refusalOf({ now, overrides: { minNoticeMinutes: 0 } })).toBeNull();
  });

  it("refuses a date past the booking horizon, and a staff override widens it", () => {
    const now = at("2027-02-01T12:00:00Z"); // 48 days before
    expect(refusalOf({ now })).toEqual({ kind: "beyond-horizon", bookingHorizonDays: 30 });
    expect(refusalOf({ now, overrides: { bookingHorizonDays: 60 } })).toBeNull();
  });

  it("says 'just taken' when working time is held by other visits, and no override books over it", () => {
    const busy = [held("2027-03-21T12:45:00Z", "2027-03-21T13:15:00Z")];
    const providers = [provider("a", { busy }), provider("b", { busy })];
    expect(refusalOf({ providers })).toEqual({ kind: "just-taken" });
    expect(refusalOf({ providers, overrides: { minNoticeMinutes: 0, bookingHorizonDays: 366, changeCutoffMinutes: 0 } })).toEqual({ kind: "just-taken" });
  });

  it("refuses a time outside working hours or during time off", () => {
    expect(refusalOf({ start: at("2027-03-21T17:00:00Z") })).toEqual({ kind: "outside-hours" }); // 13:00 local
    const away = { date: "2027-03-21", kind: "time_off" as const, start: null, end: null };
    expect(refusalOf({ providers: [provider("a", { exceptions: [away] })] })).toEqual({ kind: "outside-hours" });
    expect(refusalOf({ providers: [] })).toEqual({ kind: "outside-hours" });
  });
});

describe("refusalOfChange", () => {
  const booked = { status: "booked" as const, startsAt: NINE };
  const base = { appointment: booked, policy, change: "reschedule" as const, now: at("2027-03-19T12:00:00Z") };

  it("allows a change of a booked visit before the cutoff", () => {
    expect(refusalOfChange(base)).toBeNull();
    expect(refusalOfChange({ ...base, to: at("2027-03-21T14:00:00Z") })).toBeNull();
  });

  it("refuses a cancelled, completed or no-show visit", () => {
    expect(refusalOfChange({ ...base, appointment: { ...booked, status: "cancelled" } })).toEqual({ kind: "already-cancelled" });
    expect(refusalOfChange({ ...base, appointment: { ...booked, status: "completed" } })).toEqual({ kind: "not-changeable" });
  });

  it("refuses inside the cutoff (at it exactly too), and a staff override lifts it", () => {
    const now = at("2027-03-20T13:00:00Z"); // exactly 24 hours before
    expect(refusalOfChange({ ...base, now, change: "cancel" })).toEqual({ kind: "past-change-cutoff", change: "cancel", changeCutoffMinutes: 1440 });
    expect(refusalOfChange({ ...base, now, overrides: { changeCutoffMinutes: 60 } })).toBeNull();
  });

  it("refuses a move to the time it already has", () => {
    expect(refusalOfChange({ ...base, to: NINE })).toEqual({ kind: "same-time" });
  });
});

describe("refusalError", () => {
  const desk = { name: "Downtown Spine", phone: "(512) 555-0100" };

  it("words each refusal for the patient, under a kind the API maps to a status", () => {
    expect(refusalError({ kind: "patient-busy" }, desk)).toBeInstanceOf(PatientAlreadyBooked);
    expect(refusalError({ kind: "just-taken" }, desk)).toBeInstanceOf(SlotUnavailable);
    expect(refusalError({ kind: "not-a-slot-time" }, desk).kind).toBe("invalid");
    const tooSoon = refusalError({ kind: "too-soon", minNoticeMinutes: 720 }, desk);
    expect(tooSoon.kind).toBe("conflict");
    expect(tooSoon.message).toContain("12 hours notice");
    expect(tooSoon.message).toContain("(512) 555-0100");
    expect(refusalError({ kind: "beyond-horizon", bookingHorizonDays: 30 }, desk).message).toContain("30 days ahead");
    const cutoff = refusalError({ kind: "past-change-cutoff", change: "cancel", changeCutoffMinutes: 90 }, desk);
    expect(cutoff).toBeInstanceOf(PastChangeCutoff);
    expect(cutoff.message).toBe("Online changes close 90 minutes before the visit. Please call Downtown Spine at (512) 555-0100 to cancel it.");
    expect(refusalError({ kind: "same-time" }, desk).kind).toBe("invalid");
    const kinds: BookingRefusal["kind"][] = ["outside-hours", "already-cancelled", "not-changeable"];
    for (const kind of kinds) expect(refusalError({ kind } as BookingRefusal, desk)).toMatchObject({ kind: "conflict", refusal: { kind } });
    expect(refusalError({ kind: "outside-hours" }, desk)).toBeInstanceOf(BookingRefused);
  });
});

describe("rankForFirstAvailable", () => {
  it("puts the provider with the fewest visits that local day first, keeping the given order on ties", () => {
    const sameDay = held("2027-03-21T15:00:00Z", "2027-03-21T15:30:00Z");
    const nextDay = held("2027-03-22T15:00:00Z", "2027-03-22T15:30:00Z");
    const a = provider("a", { busy: [sameDay, held("2027-03-21T16:00:00Z", "2027-03-21T16:30:00Z")] });
    const b = provider("b", { busy: [sameDay, nextDay, nextDay] });
    const c = provider("c", { busy: [sameDay] });
    expect(rankForFirstAvailable([a, b, c], NINE, NEW_YORK).map((p) => p.providerId)).toEqual(["b", "c", "a"]);
  });
});

describe("readScope", () => {
  it("covers a date either side and every instant of the dates in any zone", () => {
    const scope = readScope("2027-03-21", "2027-03-22");
    expect(scope.dates).toEqual({ from: "2027-03-20", to: "2027-03-23" });
    expect(scope.window.start.toISOString()).toBe("2027-03-20T10:00:00.000Z"); // Kiritimati's midnight (+14 h)
    expect(scope.window.end.toISOString()).toBe("2027-03-23T12:00:00.000Z"); // Baker Island's (−12 h)
  });

  it("around a start, covers the local date the start has in any zone", () => {
    const scope = readScopeAround(at("2027-03-21T23:30:00Z")); // already the 22nd east of UTC
    expect(scope.dates.from <= "2027-03-20" && scope.dates.to >= "2027-03-22").toBe(true);
    expect(scope.window).toEqual({ start: at("2027-03-20T23:30:00Z"), end: at("2027-03-22T23:30:00Z") });
  });
});
