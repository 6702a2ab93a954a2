import type { Database } from "@clinic/db/client";
import { patients, users } from "@clinic/db/schema";
import type { Role } from "@clinic/domain/people/roles";
import { hashPassword } from "../password";

export const TEST_PASSWORD = "river-bend-test-2026";
let testHash: Promise<string> | undefined;

/** Inserts a user (and a patient profile for patients) whose password is TEST_PASSWORD. Tests only. */
export async function insertTestUser(
  db: Database,
  options: { email: string; role: Role; name?: string; passwordHash?: string; passwordChangedAt?: Date },
): Promise<{ userId: string; patientId: string | null }> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: options.email,
      name: options.name ?? "Test Person",
      role: options.role,
      passwordHash: options.passwordHash ?? (await testHash),
      ...(options.passwordChangedAt ? { passwordChangedAt: options.passwordChangedAt } : {}),
    })
    .returning({ id: users.id });
  if (!user) throw new Error("insert failed");
  if (options.role !== "patient") return { userId: user.id, patientId: null };
  const [patient] = await db.insert(patients).values({ userId: user.id }).returning({ id: patients.id });
  return { userId: user.id, patientId: patient?.id ?? null };
}
