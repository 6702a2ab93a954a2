import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "./client-info";

const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIp", () => {
  it("trusts no forwarded header when no proxy is configured (0 hops, the default)", () => {
    expect(clientIp(forwardedFor("203.0.113.9"), 0)).toBeNull();
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }), 0)).toBeNull();
    expect(trustedProxyHops({})).toBe(0);
  });

  it("with one proxy takes the right-most entry, the address that proxy saw", () => {
    expect(clientIp(forwardedFor("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("with two proxies skips the nearest one's entry, never reading what the client wrote", () => {
    expect(clientIp(forwardedFor("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    // The client sent nothing of its own: the chain still ends in the two proxies' entries.
    expect(clientIp(forwardedFor("203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("trusts nothing when the chain is shorter than the configured proxies", () => {
    expect(clientIp(forwardedFor("203.0.113.9"), 2)).toBeNull();
    expect(clientIp(new Headers(), 1)).toBeNull();
  });

  it("folds IPv4-mapped IPv6 to the IPv4 address and ignores anything that is not an address", () => {
    expect(clientIp(forwardedFor("::ffff:127.0.0.1"), 1)).toBe("127.0.0.1");
    expect(clientIp(forwardedFor("::1"), 1)).toBe("::1");
    expect(clientIp(forwardedFor("unknown"), 1)).toBeNull();
  });
});

describe("trustedProxyHops", () => {
  it("reads TRUSTED_PROXY_HOPS and refuses values that are not a small whole number", () => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
    for (const bad of ["-1", "1.5", "many", "99"]) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
