import { users } from "@clinic/db/schema";
import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials, type SignInRequest } from "./authorize";
import { SignInRefused } from "./errors";
import { checkSession, validateSession } from "./sessions";
import { insertTestUser, TEST_PASSWORD } from "./testing/users";

const MINUTE = 60_000;
// After the users' password_changed_at (real clock at insert), so sessions opened at T0 are valid.
const T0 = new Date(Date.now() + 60 * MINUTE);
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let testDb: TestDatabase;
let patient: { userId: string; patientId: string | null };
let staff: { userId: string; patientId: string | null };

beforeAll(async () => {
  testDb = await createTestDatabase();
  patient = await insertTestUser(testDb.db, { email: "Alex.Patient@example.com", role: "patient", name: "Alex" });
  staff = await insertTestUser(testDb.db, { email: "desk@example.com", role: "front_desk", name: "Tom" });
  await insertTestUser(testDb.db, { email: "gone@example.com", role: "provider", passwordChangedAt: T0 });
  await testDb.db.update(users).set({ disabledAt: T0 }).where(eq(users.email, "gone@example.com"));
});
afterAll(async () => {
  await testDb?.drop();
});

let ipCounter = 0;
function request(audience: "patient" | "staff", email: string, password: string): SignInRequest {
  // A fresh address per request so address throttling does not mix the scenarios.
  return { audience, credentials: { email, password }, ip: `203.0.113.${++ipCounter}`, userAgent: "vitest" };
}

async function refusal(promise: Promise<unknown>): Promise<SignInRefused> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SignInRefused)) throw new Error(`expected SignInRefused, got ${String(error)}`);
  return error;
}

describe("authorizeCredentials", () => {
  it("signs a patient in to the patient site with a valid session", async () => {
    const user = await authorizeCredentials(
      testDb.db,
      request("patient", "  alex.patient@EXAMPLE.com ", TEST_PASSWORD),
      T0,
    );
    expect(user).toMatchObject({ id: patient.userId, name: "Alex", email: "Alex.Patient@example.com" });
    const sessionUser = await validateSession(testDb.db, user.sessionId, at(1));
    expect(sessionUser).toMatchObject({ id: patient.userId, role: "patient", patientId: patient.patientId });
  });

  it("signs staff in to the staff admin", async () => {
    const user = await authorizeCredentials(testDb.db, request("staff", "desk@example.com", TEST_PASSWORD), T0);
    expect(user.id).toBe(staff.userId);
    // The password opens a session that still owes the second factor (enrolment, for staff without one).
    expect(await validateSession(testDb.db, user.sessionId, at(1))).toBeNull();
    expect(await checkSession(testDb.db, user.sessionId, at(1))).toMatchObject({ user: { role: "front_desk" }, secondFactor: "needs_enrolment" });
  });

  it("refuses a patient on the staff admin and staff on the patient site, with the right password", async () => {
    const patientOnStaff = await refusal(
      authorizeCredentials(testDb.db, request("staff", "alex.patient@example.com", TEST_PASSWORD), T0),
    );
    expect(patientOnStaff.code).toBe("wrong_audience");
    const staffOnPatient = await refusal(
      authorizeCredentials(testDb.db, request("patient", "desk@example.com", TEST_PASSWORD), T0),
    );
    expect(staffOnPatient.code).toBe("wrong_audience");
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const wrong = await refusal(
      authorizeCredentials(testDb.db, request("patient", "alex.patient@example.com", "not the password"), T0),
    );
    const unknown = await refusal(
      authorizeCredentials(testDb.db, request("patient", "nobody@example.com", TEST_PASSWORD), T0),
    );
    expect([wrong.code, wrong.message]).toEqual([unknown.code, unknown.message]);
    expect(wrong.code).toBe("invalid");
  });

  it("throttles an unknown email exactly like an existing one", async () => {
    await insertTestUser(testDb.db, { email: "real@example.com", role: "patient" });
    for (const email of ["ghost@example.com", "real@example.com"]) {
      for (let i = 0; i < 5; i++) {
        const refused = await refusal(authorizeCredentials(testDb.db, request("patient", email, "wrong password"), at(i * 0.1)));
        expect(refused.code).toBe("invalid");
      }
      // Even the right password waits out the lock.
      const locked = await refusal(authorizeCredentials(testDb.db, request("patient", email, TEST_PASSWORD), at(0.6)));
      expect([locked.code, locked.retryAfterMinutes]).toEqual(["throttled", 1]);
    }
  });

  it("says an account is disabled only to someone who knows its password", async () => {
    const right = await refusal(authorizeCredentials(testDb.db, request("staff", "gone@example.com", TEST_PASSWORD), at(1)));
    expect(right.code).toBe("disabled");
    const wrong = await refusal(authorizeCredentials(testDb.db, request("staff", "gone@example.com", "guess guess"), at(1)));
    expect(wrong.code).toBe("invalid");
  });

  it("refuses malformed input as invalid credentials", async () => {
    const refused = await refusal(
      authorizeCredentials(testDb.db, { audience: "patient", credentials: { email: "x" }, ip: null, userAgent: null }, T0),
    );
    expect(refused.code).toBe("invalid");
  });

  it("upgrades a weak stored hash without ending the user's other sessions", async () => {
    const weak = await hash(TEST_PASSWORD, { memoryCost: 4096, timeCost: 1 });
    const user = await insertTestUser(testDb.db, { email: "legacy@example.com", role: "patient", passwordHash: weak });
    const first = await authorizeCredentials(testDb.db, request("patient", "legacy@example.com", TEST_PASSWORD), T0);
    const [row] = await testDb.db.select().from(users).where(eq(users.id, user.userId));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await validateSession(testDb.db, first.sessionId, at(1))).not.toBeNull();
  });
});
