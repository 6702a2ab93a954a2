import type { Executor } from "../client";
import { patients, users } from "../schema";
import { and, eq, isNull, sql } from "drizzle-orm";

const accountColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  emailVerifiedAt: users.emailVerifiedAt,
};

/** The account with this email whatever its case (users_email_lower_unique), or null. */
export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db.select(accountColumns).from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return row ?? null;
}

export async function findAccountById(db: Executor, userId: string) {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

/**
 * A patient's account before its email is proven: no patient record yet (one is made or claimed
 * when the email is verified). Null when the email was taken meanwhile (the unique index decides).
 */
export async function insertUnverifiedPatientUser(
  db: Executor,
  account: { name: string; email: string; passwordHash: string },
): Promise<string | null> {
  const [user] = await db
    .insert(users)
    .values({ name: account.name, email: account.email, passwordHash: account.passwordHash, role: "patient" })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return user?.id ?? null;
}

/** Marks the email proven (once; a second verification keeps the first instant). */
export async function markEmailVerified(db: Executor, userId: string, now: Date): Promise<void> {
  await db.update(users).set({ emailVerifiedAt: now }).where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
}

export async function findPatientIdOfUser(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: patients.id }).from(patients).where(eq(patients.userId, userId)).limit(1);
  return row?.id ?? null;
}

/**
 * Records the front desk made without an account, carrying this email (any case), locked until the
 * transaction ends so two verifications cannot claim the same one.
 */
export async function lockUnclaimedRecordsWithEmail(db: Executor, email: string): Promise<string[]> {
  const rows = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(isNull(patients.userId), sql`lower(${patients.email}) = lower(${email})`))
    .for("update");
  return rows.map((row) => row.id);
}

/** Links a front-desk record to the account; false when it was claimed meanwhile. */
export async function claimPatientRecord(db: Executor, patientId: string, userId: string): Promise<boolean> {
  const claimed = await db
    .update(patients)
    .set({ userId })
    .where(and(eq(patients.id, patientId), isNull(patients.userId)))
    .returning({ id: patients.id });
  return claimed.length === 1;
}

export async function insertPatientForUser(db: Executor, userId: string): Promise<string> {
  const [patient] = await db.insert(patients).values({ userId }).returning({ id: patients.id });
  if (!patient) throw new Error("insert into patients returned no row");
  return patient.id;
}

/**
 * Sets a new password hash; every session opened before this moment stops being honoured
 * (validateSession). The database clock, like auth_sessions.created_at, so app clock skew cannot
 * refuse a session opened right after.
 */
export async function setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: sql`now()` }).where(eq(users.id, userId));
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}
