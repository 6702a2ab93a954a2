import type { Database } from "@clinic/db/client";
import { users } from "@clinic/db/schema";
import { signInInput } from "@clinic/domain/people/sign-up";
import { eq, sql } from "drizzle-orm";
import { roleFitsAudience, type Audience } from "./audience";
import { SignInRefused } from "./errors";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { accountKey, beginSignInAttempt, markAttemptSucceeded } from "./throttle";

/** What `authorize` hands to Auth.js: the user, plus the server-side session the cookie will name. */
export type AuthorizedUser = { id: string; name: string; email: string; sessionId: string };

export type SignInRequest = {
  audience: Audience;
  /** The raw form fields; validated here, never trusted. */
  credentials: Partial<Record<string, unknown>>;
  ip: string | null;
  userAgent: string | null;
};

/**
 * Checks an email and password for one app and opens a session, or throws SignInRefused.
 * Order matters: the throttle is consulted before any password check; an unknown email costs
 * the same argon2 time as a wrong password and gets the same answer; and "disabled" or
 * "wrong app" is only said to someone who proved they know the password.
 */
export async function authorizeCredentials(db: Database, request: SignInRequest, now?: Date): Promise<AuthorizedUser> {
  const parsed = signInInput.safeParse(request.credentials);
  if (!parsed.success) throw new SignInRefused("invalid");
  const { email, password } = parsed.data;

  const attempt = await beginSignInAttempt(db, { email, ip: request.ip }, now);
  if (!attempt.allowed) throw new SignInRefused("throttled", attempt.retryAfterMinutes);

  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${accountKey(email)}`)
    .limit(1);

  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !passwordOk) throw new SignInRefused("invalid");
  if (user.disabledAt) throw new SignInRefused("disabled");

  await markAttemptSucceeded(db, attempt.attemptId);
  if (!roleFitsAudience(user.role, request.audience)) throw new SignInRefused("wrong_audience");

  if (needsRehash(user.passwordHash)) {
    // Upgrading the hash is not a password change: password_changed_at stays, sessions stay valid.
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  }

  const session = await createSession(
    db,
    { userId: user.id, role: user.role, ip: request.ip, userAgent: request.userAgent },
    now,
  );
  return { id: user.id, name: user.name, email: user.email, sessionId: session.id };
}
