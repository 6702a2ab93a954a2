import { getDb } from "@clinic/db/client";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { NextAuthResult, Session } from "next-auth";
import { roleFitsAudience, type Audience } from "./audience";
import { sessionIdOf } from "./edge-config";
import { describeSignInError } from "./errors";
import { validateSession } from "./sessions";
import type { SignInErrorCode } from "./sign-in-messages";

/**
 * The signed-in user for this request, checked against the database (revoked, expired, idle,
 * disabled, password changed, wrong app → null). The apps wrap this in React `cache` so one
 * request validates once.
 */
export async function readSessionUser(
  auth: () => Promise<Session | null>,
  audience: Audience,
): Promise<SessionUser | null> {
  const sessionId = sessionIdOf(await auth());
  if (!sessionId) return null;
  const user = await validateSession(getDb(), sessionId);
  // Cookies are per app already; this keeps a patient out of staff pages even if that ever changed.
  if (!user || !roleFitsAudience(user.role, audience)) return null;
  // Every patient account has a profile (sign-up creates both); without one there is nothing to show.
  if (audience === "patient" && !user.patientId) return null;
  return user;
}

export type PasswordSignInResult = { ok: true } | { ok: false; code: SignInErrorCode; message: string };

/**
 * Signs in from a server action without redirecting, so the action can show the refusal on the
 * form; the caller redirects on success (to a callback URL it checked with `safeCallbackUrl`).
 */
export async function signInWithPassword(
  signIn: NextAuthResult["signIn"],
  audience: Audience,
  credentials: { email: string; password: string },
): Promise<PasswordSignInResult> {
  try {
    await signIn("credentials", { email: credentials.email, password: credentials.password, redirect: false });
    return { ok: true };
  } catch (error) {
    const described = describeSignInError(error, audience);
    if (described.unexpected) {
      // Error names and causes only: the email and password must never reach the logs.
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
      console.error("sign-in failed unexpectedly:", error instanceof Error ? error.name : typeof error, cause?.message);
    }
    return { ok: false, code: described.code, message: described.message };
  }
}
