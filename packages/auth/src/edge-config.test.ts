import type { NextAuthConfig } from "next-auth";
import { describe, expect, it } from "vitest";
import { edgeAuthConfig } from "./edge-config";

type JwtCallback = NonNullable<NonNullable<NextAuthConfig["callbacks"]>["jwt"]>;
type SessionCallback = NonNullable<NonNullable<NextAuthConfig["callbacks"]>["session"]>;

const jwt = (config: NextAuthConfig) => config.callbacks?.jwt as JwtCallback;
const session = (config: NextAuthConfig) => config.callbacks?.session as SessionCallback;

describe("edgeAuthConfig", () => {
  const patient = edgeAuthConfig("patient");
  const staff = edgeAuthConfig("staff");

  it("gives each app its own cookie names, so two apps on localhost do not overwrite each other", () => {
    const names = (config: NextAuthConfig) =>
      Object.values(config.cookies ?? {}).map((cookie) => (cookie as { name: string }).name);
    expect(names(patient)).toEqual(expect.arrayContaining(["clinic-patient.session-token"]));
    expect(names(staff)).toEqual(expect.arrayContaining(["clinic-staff.session-token"]));
    expect(names(patient).filter((name) => names(staff).includes(name))).toEqual([]);
  });

  it("keeps sessions in a JWT that lives no longer than the absolute lifetime", () => {
    expect(staff.session).toMatchObject({ strategy: "jwt", maxAge: 12 * 60 * 60 });
    expect(patient.session).toMatchObject({ strategy: "jwt", maxAge: 30 * 24 * 60 * 60 });
    expect(staff.trustHost).toBe(true);
    expect(staff.pages?.signIn).toBe("/sign-in");
  });

  it("puts only the session id and the app into the token at sign-in", async () => {
    const token = await jwt(staff)({
      token: { name: "Tom", email: "desk@example.com", sub: "user-1" },
      user: { id: "user-1", name: "Tom", email: "desk@example.com", sessionId: "session-1" } as never,
      account: null,
    });
    expect(token).toEqual({ sid: "session-1", aud: "staff" });
  });

  it("drops a token that belongs to the other app or carries no session id", async () => {
    expect(await jwt(patient)({ token: { sid: "session-1", aud: "staff" }, account: null } as never)).toBeNull();
    expect(await jwt(patient)({ token: { sub: "user-1" }, account: null } as never)).toBeNull();
    const kept = { sid: "session-1", aud: "patient", exp: 123 };
    expect(await jwt(patient)({ token: kept, account: null } as never)).toBe(kept);
  });

  it("exposes only the session id (no name or email) to the app", async () => {
    const result = await session(patient)({
      session: { user: { name: "Alex", email: "a@example.com" }, expires: "2026-12-01T00:00:00.000Z" },
      token: { sid: "session-1", aud: "patient" },
    } as never);
    expect(result).toEqual({ expires: "2026-12-01T00:00:00.000Z", sessionId: "session-1" });
  });
});
