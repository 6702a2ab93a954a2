import { storeWebauthnChallenge, takeWebauthnChallenge, listPasskeysOfUser } from "@clinic/db/queries/passkeys";
import { removeTotp } from "@clinic/db/queries/mfa";
import { auditEvents, userTotp } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginPasskeyRegistration, beginPasskeySignIn, finishPasskeyRegistration, finishPasskeySignIn, removePasskey } from "./passkeys";
import { checkSession, createSession } from "./sessions";
import { SoftAuthenticator } from "./testing/soft-authenticator";
import { insertTestUser } from "./testing/users";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

const RP = { id: "staff.clinic.test", origin: "https://staff.clinic.test" };
// Users get password_changed_at = now(); sessions start a minute later so they are newer.
const T0 = new Date(Date.now() + 60_000);
const plus = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let counter = 0;
async function account(role: "front_desk" | "patient", { totp = true } = {}): Promise<{ id: string; email: string; role: typeof role; patientId: string | null }> {
  const email = `passkey-${role}-${++counter}@example.test`;
  const user = await insertTestUser(testDb.db, { email, role });
  if (totp) await testDb.db.insert(userTotp).values({ userId: user.userId, secret: "sealed-elsewhere", enabledAt: T0 });
  return { id: user.userId, email, role, patientId: user.patientId };
}

/** A new session of `person` (not yet past the second factor), as the password step opens it. */
async function sessionOf(person: Awaited<ReturnType<typeof account>>, at: Date = T0): Promise<SessionUser> {
  const session = await createSession(testDb.db, { userId: person.id, role: person.role, ip: null, userAgent: "vitest" }, at);
  return { id: person.id, role: person.role, name: "Test Person", email: person.email, patientId: person.patientId, sessionId: session.id };
}

async function registered(user: SessionUser, authenticator = new SoftAuthenticator(), name = "Work laptop") {
  const start = await beginPasskeyRegistration(testDb.db, user, RP, T0);
  if (!start.ok) throw new Error(`registration refused: ${start.reason}`);
  expect(start.options.rp.id).toBe(RP.id);
  const done = await finishPasskeyRegistration(testDb.db, { user, ip: null }, RP, { name, response: authenticator.register(start.options.challenge, RP.origin, RP.id) }, T0);
  if (!done.ok) throw new Error(`registration failed: ${done.reason}`);
  return { authenticator, passkeyId: done.passkeyId };
}

const auditOf = async (userId: string) =>
  (await testDb.db.select({ action: auditEvents.action, metadata: auditEvents.metadata }).from(auditEvents).where(eq(auditEvents.actorUserId, userId))).map(
    (row) => `${row.action}${(row.metadata as { method?: string }).method ? `:${(row.metadata as { method?: string }).method}` : ""}`,
  );

describe("webauthn challenge store", () => {
  it("hands a challenge out once, only to the session it was made for, and not after it expires", async () => {
    const person = await account("front_desk");
    const [a, b] = [await sessionOf(person), await sessionOf(person)];
    const store = (sessionId: string, challenge: string, expiresAt = plus(300)) =>
      storeWebauthnChallenge(testDb.db, { sessionId, purpose: "sign_in", challenge, expiresAt }, T0);

    await store(a.sessionId, "challenge-a");
    expect(await takeWebauthnChallenge(testDb.db, b.sessionId, "sign_in", T0)).toBeNull();
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "register", T0)).toBeNull();
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "sign_in", T0)).toBe("challenge-a");
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "sign_in", T0)).toBeNull();

    await store(a.sessionId, "older");
    await store(a.sessionId, "newer");
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "sign_in", T0)).toBe("newer");

    await store(a.sessionId, "short-lived", plus(60));
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "sign_in", plus(60))).toBeNull();
    // Spent by the late attempt too: it cannot be taken again.
    expect(await takeWebauthnChallenge(testDb.db, a.sessionId, "sign_in", T0)).toBeNull();
  });

  it("refuses (in the database) a challenge meant to live longer than five minutes", async () => {
    const person = await account("front_desk");
    const session = await sessionOf(person);
    await expect(storeWebauthnChallenge(testDb.db, { sessionId: session.sessionId, purpose: "register", challenge: "x", expiresAt: plus(301) }, T0)).rejects.toThrow();
  });
});

describe("adding a passkey", () => {
  it("is refused to an account without an authenticator app", async () => {
    const patient = await sessionOf(await account("patient", { totp: false }));
    expect(await beginPasskeyRegistration(testDb.db, patient, RP, T0)).toEqual({ ok: false, reason: "no_authenticator" });
  });

  it("stores a passkey answered for this session's challenge, excludes it next time, and audits it", async () => {
    const person = await account("front_desk");
    const user = await sessionOf(person);
    const { authenticator, passkeyId } = await registered(user);
    expect(await listPasskeysOfUser(testDb.db, person.id)).toEqual([expect.objectContaining({ id: passkeyId, name: "Work laptop", lastUsedAt: null })]);
    const next = await beginPasskeyRegistration(testDb.db, user, RP, T0);
    expect(next.ok && next.options.excludeCredentials).toEqual([{ id: authenticator.id, type: "public-key", transports: ["internal"] }]);
    // The same authenticator answering anyway is refused: credential ids are unique.
    if (!next.ok) throw new Error("refused");
    const again = await finishPasskeyRegistration(testDb.db, { user, ip: null }, RP, { name: "Again", response: authenticator.register(next.options.challenge, RP.origin, RP.id) }, T0);
    expect(again).toEqual({ ok: false, reason: "duplicate" });
    expect(await auditOf(person.id)).toEqual(["auth.passkey_added"]);
  });

  it("refuses an answer to another challenge, another origin, or another session's ceremony", async () => {
    const person = await account("front_desk");
    const [user, other] = [await sessionOf(person), await sessionOf(person)];
    const finish = (session: SessionUser, response: ReturnType<SoftAuthenticator["register"]>) =>
      finishPasskeyRegistration(testDb.db, { user: session, ip: null }, RP, { name: "Key", response }, T0);

    let start = await beginPasskeyRegistration(testDb.db, user, RP, T0);
    if (!start.ok) throw new Error("refused");
    expect(await finish(user, new SoftAuthenticator().register("Zm9yZ2VkLWNoYWxsZW5nZQ", RP.origin, RP.id))).toEqual({ ok: false, reason: "invalid" });

    start = await beginPasskeyRegistration(testDb.db, user, RP, T0);
    if (!start.ok) throw new Error("refused");
    expect(await finish(user, new SoftAuthenticator().register(start.options.challenge, "https://evil.test", RP.id))).toEqual({ ok: false, reason: "invalid" });

    start = await beginPasskeyRegistration(testDb.db, user, RP, T0);
    if (!start.ok) throw new Error("refused");
    expect(await finish(other, new SoftAuthenticator().register(start.options.challenge, RP.origin, RP.id))).toEqual({ ok: false, reason: "expired" });
    expect(await listPasskeysOfUser(testDb.db, person.id)).toEqual([]);
  });
});

describe("signing in with a passkey", () => {
  it("verifies the session, counts up and records the use; the same answer never works twice", async () => {
    const person = await account("front_desk");
    const { authenticator, passkeyId } = await registered(await sessionOf(person));
    const signIn = await sessionOf(person, plus(10));
    expect((await checkSession(testDb.db, signIn.sessionId, plus(10)))?.secondFactor).toBe("needs_code");

    const options = await beginPasskeySignIn(testDb.db, signIn, RP, plus(10));
    expect(options?.allowCredentials).toEqual([{ id: authenticator.id, type: "public-key", transports: ["internal"] }]);
    const answer = authenticator.assert(options!.challenge, RP.origin, RP.id);
    expect(await finishPasskeySignIn(testDb.db, { user: signIn, ip: null }, RP, answer, plus(11))).toEqual({ ok: true });
    expect((await checkSession(testDb.db, signIn.sessionId, plus(11)))?.secondFactor).toBe("complete");
    expect(await listPasskeysOfUser(testDb.db, person.id)).toEqual([expect.objectContaining({ id: passkeyId, lastUsedAt: plus(11) })]);

    // Replayed into another session (its own challenge is different) it fails, and is counted and audited.
    const later = await sessionOf(person, plus(20));
    await beginPasskeySignIn(testDb.db, later, RP, plus(20));
    expect(await finishPasskeySignIn(testDb.db, { user: later, ip: null }, RP, answer, plus(21))).toEqual({ ok: false, reason: "invalid" });
    expect((await checkSession(testDb.db, later.sessionId, plus(21)))?.secondFactor).toBe("needs_code");
    expect(await auditOf(person.id)).toEqual(["auth.passkey_added", "auth.mfa_verified:passkey", "auth.mfa_failed:passkey"]);
  });

  it("refuses a forged challenge, no challenge, another account's passkey and a counter that went back", async () => {
    const person = await account("front_desk");
    const stranger = await account("front_desk");
    const { authenticator } = await registered(await sessionOf(person));
    const { authenticator: strangers } = await registered(await sessionOf(stranger));
    const signIn = await sessionOf(person, plus(10));
    const attempt = (response: ReturnType<SoftAuthenticator["assert"]>) => finishPasskeySignIn(testDb.db, { user: signIn, ip: null }, RP, response, plus(11));

    await beginPasskeySignIn(testDb.db, signIn, RP, plus(10));
    expect(await attempt(authenticator.assert("Zm9yZ2VkLWNoYWxsZW5nZQ", RP.origin, RP.id))).toEqual({ ok: false, reason: "invalid" });
    // The real challenge was spent by that attempt: signing it now is too late.
    expect(await attempt(authenticator.assert("anything", RP.origin, RP.id))).toEqual({ ok: false, reason: "invalid" });

    let options = await beginPasskeySignIn(testDb.db, signIn, RP, plus(10));
    expect(await attempt(strangers.assert(options!.challenge, RP.origin, RP.id))).toEqual({ ok: false, reason: "invalid" });

    options = await beginPasskeySignIn(testDb.db, signIn, RP, plus(10));
    expect(await attempt(authenticator.assert(options!.challenge, RP.origin, RP.id, 5))).toEqual({ ok: true });
    const clone = await sessionOf(person, plus(20));
    options = await beginPasskeySignIn(testDb.db, clone, RP, plus(20));
    const rewound = authenticator.assert(options!.challenge, RP.origin, RP.id, 3);
    expect(await finishPasskeySignIn(testDb.db, { user: clone, ip: null }, RP, rewound, plus(21))).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts failures in the same throttle as codes", async () => {
    const person = await account("front_desk");
    const { authenticator } = await registered(await sessionOf(person));
    const signIn = await sessionOf(person, plus(10));
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push((await finishPasskeySignIn(testDb.db, { user: signIn, ip: null }, RP, authenticator.assert("bm9wZQ", RP.origin, RP.id), plus(11))).ok ? "ok" : "no");
    expect(outcomes).toEqual(["no", "no", "no", "no", "no", "no"]);
    const options = await beginPasskeySignIn(testDb.db, signIn, RP, plus(12));
    const outcome = await finishPasskeySignIn(testDb.db, { user: signIn, ip: null }, RP, authenticator.assert(options!.challenge, RP.origin, RP.id), plus(12));
    expect(outcome).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("offers nothing to an account without passkeys", async () => {
    expect(await beginPasskeySignIn(testDb.db, await sessionOf(await account("patient")), RP, T0)).toBeNull();
  });
});

describe("removing passkeys", () => {
  it("removes only one's own, audited; turning the authenticator off removes them all", async () => {
    const person = await account("patient");
    const stranger = await sessionOf(await account("patient"));
    const user = await sessionOf(person);
    const first = await registered(user, new SoftAuthenticator(), "Phone");
    await registered(user, new SoftAuthenticator(), "Laptop");
    expect(await removePasskey(testDb.db, { user: stranger, ip: null }, first.passkeyId)).toBe(false);
    expect(await removePasskey(testDb.db, { user, ip: null }, first.passkeyId)).toBe(true);
    expect(await removePasskey(testDb.db, { user, ip: null }, first.passkeyId)).toBe(false);
    expect((await listPasskeysOfUser(testDb.db, person.id)).map((passkey) => passkey.name)).toEqual(["Laptop"]);
    expect(await auditOf(person.id)).toContain("auth.passkey_removed");

    await removeTotp(testDb.db, person.id);
    expect(await listPasskeysOfUser(testDb.db, person.id)).toEqual([]);
    const rows = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, stranger.id), eq(auditEvents.action, "auth.passkey_removed")));
    expect(rows).toEqual([]);
  });
});
