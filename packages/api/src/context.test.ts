import type { Database } from "@clinic/db/client";
import { describe, expect, it } from "vitest";
import { clientIp, createTRPCContext } from "./context";

const db = {} as Database;

describe("createTRPCContext", () => {
  it("keeps the caller's request id and user agent", () => {
    const ctx = createTRPCContext({ headers: new Headers({ "x-request-id": "abc-123", "user-agent": "Firefox" }), user: null, db });
    expect(ctx).toMatchObject({ requestId: "abc-123", userAgent: "Firefox", user: null, ip: null });
  });

  it("makes up a request id when none (or an absurd one) is given", () => {
    expect(createTRPCContext({ headers: new Headers(), user: null, db }).requestId).toMatch(/^[0-9a-f-]{36}$/);
    const huge = createTRPCContext({ headers: new Headers({ "x-request-id": "x".repeat(500) }), user: null, db });
    expect(huge.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("clientIp", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP and drops anything that is not an address", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "unknown", "x-real-ip": "' or 1=1" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });
});
