import { describe, expect, it } from "vitest";
import { clientIp } from "./client-info";

describe("clientIp", () => {
  it("takes the right-most forwarded address, which the client cannot choose", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("folds IPv4-mapped IPv6 to the IPv4 address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });

  it("falls back to x-real-ip and ignores anything that is not an address", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers({ "x-forwarded-for": "unknown" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });
});
