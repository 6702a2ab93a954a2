import { describe, expect, it } from "vitest";
import { splitUpcomingAndPast } from "./patient-timeline";

const at = (iso: string) => new Date(iso);
const appt = (id: string, start: string, end: string) => ({ id, startsAt: at(start), endsAt: at(end) });

describe("splitUpcomingAndPast", () => {
  const now = at("2026-05-01T15:00:00Z");
  const list = [
    appt("past-old", "2026-01-01T15:00:00Z", "2026-01-01T16:00:00Z"),
    appt("next-week", "2026-05-08T15:00:00Z", "2026-05-08T16:00:00Z"),
    appt("in-progress", "2026-05-01T14:30:00Z", "2026-05-01T15:30:00Z"),
    appt("just-ended", "2026-05-01T14:00:00Z", "2026-05-01T15:00:00Z"),
    appt("tomorrow", "2026-05-02T15:00:00Z", "2026-05-02T16:00:00Z"),
  ];

  it("keeps an appointment upcoming until it ends, soonest first", () => {
    expect(splitUpcomingAndPast(list, now).upcoming.map((a) => a.id)).toEqual(["in-progress", "tomorrow", "next-week"]);
  });

  it("lists past appointments most recent first", () => {
    expect(splitUpcomingAndPast(list, now).past.map((a) => a.id)).toEqual(["just-ended", "past-old"]);
  });

  it("moves cancelled and no-show visits to the past list even before they would have started", () => {
    const withStatus = [
      { ...appt("cancelled-tomorrow", "2026-05-02T15:00:00Z", "2026-05-02T16:00:00Z"), status: "cancelled" as const },
      { ...appt("booked-tomorrow", "2026-05-02T17:00:00Z", "2026-05-02T18:00:00Z"), status: "booked" as const },
      { ...appt("no-show-now", "2026-05-01T14:30:00Z", "2026-05-01T15:30:00Z"), status: "no_show" as const },
      { ...appt("checked-in-now", "2026-05-01T14:30:00Z", "2026-05-01T15:30:00Z"), status: "checked_in" as const },
    ];
    const { upcoming, past } = splitUpcomingAndPast(withStatus, now);
    expect(upcoming.map((a) => a.id)).toEqual(["checked-in-now", "booked-tomorrow"]);
    expect(past.map((a) => a.id)).toEqual(["cancelled-tomorrow", "no-show-now"]);
  });
});
