import { describe, expect, it } from "vitest";
import { parseHousekeepingEnv } from "./env";

describe("parseHousekeepingEnv", () => {
  it("is on unless switched off", () => {
    expect(parseHousekeepingEnv({})).toEqual({ HOUSEKEEPING: "on" });
    expect(parseHousekeepingEnv({ HOUSEKEEPING: "" })).toEqual({ HOUSEKEEPING: "on" });
    expect(parseHousekeepingEnv({ HOUSEKEEPING: "off" })).toEqual({ HOUSEKEEPING: "off" });
  });

  it("names a bad setting", () => {
    expect(() => parseHousekeepingEnv({ HOUSEKEEPING: "no" })).toThrow('Invalid housekeeping settings: HOUSEKEEPING must be "on" or "off".');
  });
});
