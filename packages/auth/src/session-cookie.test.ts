import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "./edge-config";
import { authEnv } from "./env";
import { readSessionId } from "./session";

const SESSION_ID = "0b8f5c7e-4a52-4d8e-9a55-3f0c2c1f7d10";

/** A cookie as Auth.js writes it at sign-in: the JWT salted with the cookie's name. */
async function cookieFor(claims: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  const name = sessionCookieName("patient");
  const value = await encode({ token: claims, secret: options.secret ?? authEnv().AUTH_SECRET, salt: options.salt ?? name, maxAge: options.maxAge });
  return { get: (asked: string) => (asked === name ? { value } : undefined) };
}

describe("readSessionId", () => {
  it("reads the server-side session id from this app's cookie", async () => {
    expect(await readSessionId(await cookieFor({ sid: SESSION_ID, aud: "patient" }), "patient")).toBe(SESSION_ID);
  });

  it("reads nothing without a cookie", async () => {
    expect(await readSessionId({ get: () => undefined }, "patient")).toBeNull();
  });

  it("refuses a token made for the other app, salted for it, or signed with another secret", async () => {
    expect(await readSessionId(await cookieFor({ sid: SESSION_ID, aud: "staff" }), "patient")).toBeNull();
    expect(await readSessionId(await cookieFor({ sid: SESSION_ID, aud: "patient" }, { salt: sessionCookieName("staff") }), "patient")).toBeNull();
    expect(await readSessionId(await cookieFor({ sid: SESSION_ID, aud: "patient" }, { secret: "another-secret-0123456789abcdef0123" }), "patient")).toBeNull();
  });

  it("refuses an expired or tampered token", async () => {
    expect(await readSessionId(await cookieFor({ sid: SESSION_ID, aud: "patient" }, { maxAge: -60 }), "patient")).toBeNull();
    const good = (await cookieFor({ sid: SESSION_ID, aud: "patient" })).get(sessionCookieName("patient"))!.value;
    const tampered = `${good.slice(0, -4)}AAAA`;
    expect(await readSessionId({ get: () => ({ value: tampered }) }, "patient")).toBeNull();
  });

  it("refuses a remembered token once it expires, as a fresh decrypt would", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cookies = await cookieFor({ sid: SESSION_ID, aud: "patient" }, { maxAge: 60 });
    expect(await readSessionId(cookies, "patient")).toBe(SESSION_ID);
    vi.setSystemTime(Date.now() + 60_000);
    expect(await readSessionId(cookies, "patient")).toBe(SESSION_ID); // within the 15 s leeway
    vi.setSystemTime(Date.now() + 16_000);
    expect(await readSessionId(cookies, "patient")).toBeNull();
  });

  it("remembers a token for its own app only", async () => {
    const cookies = await cookieFor({ sid: SESSION_ID, aud: "patient" });
    expect(await readSessionId(cookies, "patient")).toBe(SESSION_ID);
    const sameValueOnStaffCookie = { get: (name: string) => (name === sessionCookieName("staff") ? cookies.get(sessionCookieName("patient")) : undefined) };
    expect(await readSessionId(sameValueOnStaffCookie, "staff")).toBeNull();
  });
});

afterEach(() => {
  vi.useRealTimers();
});
