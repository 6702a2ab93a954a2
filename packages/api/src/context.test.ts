import type { Database } from "@clinic/db/client";
import { describe, expect, it } from "vitest";
import { createTRPCContext } from "./context";

const db = {} as Database;

describe("createTRPCContext", () => {
  it("makes its own request id, whatever the client sends, and keeps the user agent", () => {
    const first = createTRPCContext({ headers: new Headers({ "x-request-id": "abc-123", "user-agent": "Firefox" }), user: null, db });
    const second = createTRPCContext({ headers: new Headers({ "x-request-id": "abc-123" }), user: null, db });
    expect(first).toMatchObject({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown, userAgent: "Firefox", user: null });
    expect(second.requestId).not.toBe(first.requestId);
  });

  it("takes a request id and address from a server-side caller", () => {
    expect(createTRPCContext({ headers: new Headers(), user: null, db, requestId: "req-test", ip: "198.51.100.4" })).toMatchObject({
      requestId: "req-test",
      ip: "198.51.100.4",
    });
  });
});

describe("the audit address", () => {
  it("is null when nothing usable is given", () => {
    expect(createTRPCContext({ headers: new Headers({ "x-forwarded-for": "unknown" }), user: null, db }).ip).toBeNull();
  });
});
