import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginSignInAttempt, markAttemptSucceeded } from "./throttle";
import { IP_THROTTLE } from "./throttle-policy";

const MINUTE = 60_000;
const T0 = new Date("2026-03-02T15:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase({ max: 10 });
});
afterAll(async () => {
  await testDb?.drop();
});

/** Starts an attempt and leaves it failed (as a wrong password does); returns whether it was allowed. */
async function fail(email: string, ip: string | null, when: Date) {
  return beginSignInAttempt(testDb.db, { email, ip }, when);
}

describe("sign-in throttling", () => {
  it("locks an account after 5 failures, 1 minute, then 2, then 4", async () => {
    const email = "locked@example.com";
    for (let i = 0; i < 5; i++) expect((await fail(email, "198.51.100.1", at(i * 0.1))).allowed).toBe(true);

    expect(await fail(email, "198.51.100.2", at(0.5))).toMatchObject({ allowed: false, retryAfterMinutes: 1 });
    // A refused attempt does not extend the lock, and another address does not help.
    // Locked until 1.4; the failure at 1.5 locks 2 minutes (to 3.5), the one at 3.6 four (to 7.6).
    expect(await fail(email, "198.51.100.3", at(1.3))).toMatchObject({ allowed: false });
    expect(await fail(email, "198.51.100.3", at(1.5))).toMatchObject({ allowed: true });
    expect(await fail(email, "198.51.100.3", at(1.6))).toMatchObject({ allowed: false, retryAfterMinutes: 2 });
    expect((await fail(email, "198.51.100.3", at(3.6))).allowed).toBe(true);
    expect(await fail(email, "198.51.100.3", at(3.7))).toMatchObject({ allowed: false, retryAfterMinutes: 4 });
  });

  it("keys the account case-insensitively", async () => {
    const spellings = ["Mixed.Case@Example.com", "MIXED.CASE@EXAMPLE.COM", " mixed.case@example.com "];
    for (let i = 0; i < 5; i++) await fail(spellings[i % 3] ?? "", null, at(i * 0.1));
    expect((await fail("mixed.case@example.com", null, at(0.6))).allowed).toBe(false);
  });

  it("forgets a streak after 15 quiet minutes", async () => {
    const email = "forgiven@example.com";
    for (let i = 0; i < 4; i++) await fail(email, null, at(i));
    expect((await fail(email, null, at(3 + 16))).allowed).toBe(true);
  });

  it("a success clears the account's streak", async () => {
    const email = "remembered-it@example.com";
    for (let i = 0; i < 4; i++) await fail(email, null, at(i * 0.1));
    const right = await beginSignInAttempt(testDb.db, { email, ip: null }, at(0.5));
    if (!right.allowed) throw new Error("expected an allowed attempt");
    await markAttemptSucceeded(testDb.db, right.attemptId);
    for (let i = 0; i < 4; i++) expect((await fail(email, null, at(1 + i * 0.1))).allowed).toBe(true);
    expect((await fail(email, null, at(1.5))).allowed).toBe(true);
    expect((await fail(email, null, at(1.6))).allowed).toBe(false);
  });

  it("locks an address trying many accounts, whatever successes it has in between", async () => {
    const ip = "192.0.2.44";
    const last = IP_THROTTLE.threshold - 1;
    for (let i = 0; i < last; i++) expect((await fail(`spray-${i}@example.com`, ip, at(i * 0.005))).allowed).toBe(true);
    const own = await beginSignInAttempt(testDb.db, { email: "attacker-own@example.com", ip }, at(1));
    if (!own.allowed) throw new Error("expected an allowed attempt");
    await markAttemptSucceeded(testDb.db, own.attemptId);
    expect((await fail(`spray-${last}@example.com`, ip, at(1.1))).allowed).toBe(true);

    expect(await fail("spray-next@example.com", ip, at(1.2))).toMatchObject({ allowed: false, retryAfterMinutes: 1 });
    expect((await fail("spray-next@example.com", "192.0.2.45", at(1.2))).allowed).toBe(true);
  });

  it("does not lock other accounts behind an address where one account failed ten times", async () => {
    const ip = "192.0.2.46";
    for (let i = 0; i < 10; i++) await fail("forgetful@example.com", ip, at(i * 0.1));
    expect((await fail("forgetful@example.com", ip, at(1.1))).allowed).toBe(false);
    expect((await fail("housemate@example.com", ip, at(1.1))).allowed).toBe(true);
  });

  it("counts a burst of parallel guesses before verifying any of them", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => fail("burst@example.com", null, at(0))),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });
});
