import { describe, expect, it } from "vitest";
import { bookForPatientInput, staffCancelInput, staffOverridesFrom } from "./staff-booking";

describe("staffOverridesFrom", () => {
  it("waives only what staff ticked", () => {
    expect(staffOverridesFrom([])).toEqual({});
    expect(staffOverridesFrom(["minNotice"])).toEqual({ minNoticeMinutes: 0 });
    expect(staffOverridesFrom(["changeCutoff", "horizon"])).toEqual({ changeCutoffMinutes: 0, bookingHorizonDays: 1098 });
  });
});

describe("staff inputs", () => {
  const booking = {
    patientId: "0b6c4a52-4f4e-4d4e-9a51-2c7a4b7f9d11",
    serviceId: "0b6c4a52-4f4e-4d4e-9a51-2c7a4b7f9d12",
    locationId: "0b6c4a52-4f4e-4d4e-9a51-2c7a4b7f9d13",
    providerId: "any",
    start: "2027-03-14T09:00:00-05:00",
    idempotencyKey: "desk-12345678",
  };

  it("refuses an unknown override and dedupes repeated ones", () => {
    expect(bookForPatientInput.safeParse({ ...booking, overrides: ["overlap"] }).success).toBe(false);
    expect(bookForPatientInput.parse({ ...booking, overrides: ["horizon", "horizon"] }).overrides).toEqual(["horizon"]);
  });

  it("a staff cancellation needs a reason", () => {
    const result = staffCancelInput.safeParse({ id: booking.patientId, reason: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Say why the visit is cancelled.");
  });
});
