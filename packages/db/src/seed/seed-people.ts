import { randomBytes } from "node:crypto";
import { type Algorithm, hash } from "@node-rs/argon2";
import { type Role } from "@clinic/domain/people/roles";
import { eq, sql } from "drizzle-orm";
import { type Executor } from "../client";
import { patients, users, userTotp } from "../schema";

// Algorithm is an ambient const enum, which isolatedModules cannot read as a value; the annotation
// makes the compiler check that 2 is Argon2id.
const ARGON2ID: Algorithm.Argon2id = 2;

type Person = { email: string; name: string; role: Role; password?: string };

/**
 * Returns the user with this email (case-insensitively), creating it if missing. Existing people
 * are left as they are: a demo user who changed their password or phone keeps the change.
 * Without a password the account gets a random one nobody knows (it cannot sign in).
 */
export async function ensureUser(tx: Executor, person: Person): Promise<string> {
  const existing = await findUserId(tx, person.email);
  if (existing) return existing;
  // Hashed here rather than through @clinic/auth (db must not import auth): the auth package
  // verifies any argon2id encoding, whatever parameters produced it.
  const passwordHash = await hash(person.password ?? randomBytes(24).toString("base64url"), {
    algorithm: ARGON2ID,
  });
  await tx
    .insert(users)
    .values({ email: person.email, name: person.name, role: person.role, passwordHash, emailVerifiedAt: new Date() })
    .onConflictDoNothing();
  const id = await findUserId(tx, person.email);
  if (!id) throw new Error(`Could not create the demo user ${person.email}.`);
  return id;
}

async function findUserId(tx: Executor, email: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row?.id;
}

/** The patient profile of a user, created with these details if missing. */
export async function ensurePatient(
  tx: Executor,
  userId: string,
  details: { phone: string; dateOfBirth: string },
): Promise<string> {
  await tx
    .insert(patients)
    .values({ userId, ...details })
    .onConflictDoNothing({ target: patients.userId });
  const [row] = await tx.select({ id: patients.id }).from(patients).where(eq(patients.userId, userId));
  return row!.id;
}

/** Gives a demo staff account its published authenticator key, unless it has one already (kept as it is). */
export async function ensureDemoAuthenticator(tx: Executor, userId: string, secret: string): Promise<void> {
  await tx.insert(userTotp).values({ userId, secret, enabledAt: new Date() }).onConflictDoNothing();
}
