import { and, asc, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { providers, staffInvitations, users } from "../schema";

type StaffRoleValue = Exclude<(typeof users.role.enumValues)[number], "patient">;

export type NewInvitation = {
  email: string;
  name: string;
  role: StaffRoleValue;
  providerId: string | null;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
};

/** Whether an account already uses this email (case-insensitively). */
export async function accountExistsWithEmail(db: Executor, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`).limit(1);
  return Boolean(row);
}

/** Revokes an earlier invitation to this email that ran out unused, so a new one can be made. */
export async function revokeExpiredInvitationsTo(db: Executor, email: string, now: Date): Promise<void> {
  await db
    .update(staffInvitations)
    .set({ revokedAt: now, updatedAt: now })
    .where(
      and(
        sql`lower(${staffInvitations.email}) = ${email.trim().toLowerCase()}`,
        isNull(staffInvitations.acceptedAt),
        isNull(staffInvitations.revokedAt),
        lte(staffInvitations.expiresAt, now),
      ),
    );
}

/** Inserts an invitation; null when an open one to this email exists already (unique index). */
export async function insertInvitation(db: Executor, invitation: NewInvitation): Promise<{ id: string } | null> {
  const [row] = await db.insert(staffInvitations).values(invitation).onConflictDoNothing().returning({ id: staffInvitations.id });
  return row ?? null;
}

/** Invitations nobody accepted or revoked (pending and expired), newest first, with who sent them. */
export function listOpenInvitations(db: Executor) {
  return db
    .select({
      id: staffInvitations.id,
      email: staffInvitations.email,
      name: staffInvitations.name,
      role: staffInvitations.role,
      providerName: providers.name,
      invitedByName: users.name,
      createdAt: staffInvitations.createdAt,
      expiresAt: staffInvitations.expiresAt,
    })
    .from(staffInvitations)
    .innerJoin(users, eq(users.id, staffInvitations.invitedBy))
    .leftJoin(providers, eq(providers.id, staffInvitations.providerId))
    .where(and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
    .orderBy(desc(staffInvitations.createdAt), asc(staffInvitations.id));
}

/** One invitation, locked until the transaction ends (resend, revoke, accept). */
export async function lockInvitation(db: Executor, id: string) {
  const [row] = await db.select().from(staffInvitations).where(eq(staffInvitations.id, id)).for("update");
  return row ?? null;
}

/** A new link for the same invitation: the old token stops working, the 72 hours start again. */
export async function renewInvitationToken(db: Executor, id: string, tokenHash: string, expiresAt: Date, now: Date): Promise<void> {
  await db.update(staffInvitations).set({ tokenHash, expiresAt, updatedAt: now }).where(eq(staffInvitations.id, id));
}

export async function revokeInvitation(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(staffInvitations).set({ revokedAt: now, updatedAt: now }).where(eq(staffInvitations.id, id));
}

/** The usable invitation a link's token names (not accepted, revoked or expired), locked; null otherwise. */
export async function lockUsableInvitationByTokenHash(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(staffInvitations)
    .where(
      and(
        eq(staffInvitations.tokenHash, tokenHash),
        isNull(staffInvitations.acceptedAt),
        isNull(staffInvitations.revokedAt),
        gt(staffInvitations.expiresAt, now),
      ),
    )
    .for("update");
  return row ?? null;
}

/** Read-only: what the acceptance page shows for a token (name, email and role), or null. */
export async function findUsableInvitationByTokenHash(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ id: staffInvitations.id, email: staffInvitations.email, name: staffInvitations.name, role: staffInvitations.role })
    .from(staffInvitations)
    .where(
      and(
        eq(staffInvitations.tokenHash, tokenHash),
        isNull(staffInvitations.acceptedAt),
        isNull(staffInvitations.revokedAt),
        gt(staffInvitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Creates the invited person's account; null when the email was taken meanwhile. */
export async function createInvitedAccount(
  db: Executor,
  account: { email: string; name: string; role: StaffRoleValue; passwordHash: string },
  now: Date,
): Promise<{ id: string; role: StaffRoleValue } | null> {
  const [row] = await db
    .insert(users)
    .values({ ...account, emailVerifiedAt: now, passwordChangedAt: new Date(now.getTime() - 1000) })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return row ? { id: row.id, role: account.role } : null;
}

export async function markInvitationAccepted(db: Executor, id: string, userId: string, now: Date): Promise<void> {
  await db.update(staffInvitations).set({ acceptedAt: now, acceptedUserId: userId, updatedAt: now }).where(eq(staffInvitations.id, id));
}

/** Links a provider profile to the new account, if no account holds it yet; false when one does. */
export async function linkProviderIfFree(db: Executor, providerId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(providers)
    .set({ userId })
    .where(and(eq(providers.id, providerId), isNull(providers.userId)))
    .returning({ id: providers.id });
  return rows.length === 1;
}

/** Provider profiles without an account, for the invitation form's provider choice. */
export function providersWithoutAccount(db: Executor) {
  return db.select({ id: providers.id, name: providers.name }).from(providers).where(isNull(providers.userId)).orderBy(asc(providers.name));
}
