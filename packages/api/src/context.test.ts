import type { Database } from "@clinic/db/client";
import { describe, expect, it } from "vitest";
import { createTRPCContext } from "./context";

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

describe("the audit address", () => {
  it("is the X-Forwarded-For entry the nearest proxy added, not one the client made up", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" });
    expect(createTRPCContext({ headers, user: null, db }).ip).toBe("198.51.100.7");
  });

  it("is null when nothing usable is given", () => {
    expect(createTRPCContext({ headers: new Headers({ "x-forwarded-for": "unknown" }), user: null, db }).ip).toBeNull();
  });
});
