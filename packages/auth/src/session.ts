import { getDb } from "@clinic/db/client";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { NextAuthResult } from "next-auth";
import { decode } from "next-auth/jwt";
import { roleFitsAudience, type Audience } from "./audience";
import { sessionCookieName } from "./edge-config";
import { authEnv } from "./env";
import { describeSignInError } from "./errors";
import type { SecondFactorState } from "@clinic/domain/people/second-factor";
import { checkSession, validateSession } from "./sessions";
import type { SignInErrorCode } from "./sign-in-messages";

/** What reading the session needs of a request's cookies (Next's `cookies()` fits). */
export type CookieReader = { get(name: string): { value: string } | undefined };

/** Auth.js's leeway for the token's exp (jose clockTolerance in its decode). */
const CLOCK_TOLERANCE_MS = 15_000;
const MAX_REMEMBERED_TOKENS = 10_000;
/** Tokens that decrypted, by cookie name and value: the session id and when the token expires. */
const rememberedTokens = new Map<string, { sessionId: string; expiresAtMs: number }>();

/**
 * The server-side session id in this app's session cookie, or null (no cookie, tampered, expired,
 * or another app's). Decrypts only, and remembers tokens that decrypted: docs/decisions/0020.
 */
export async function readSessionId(cookies: CookieReader, audience: Audience): Promise<string | null> {
  const name = sessionCookieName(audience);
  const token = cookies.get(name)?.value;
  if (!token) return null;
  const key = `${name}:${token}`;
  const remembered = rememberedTokens.get(key);
  if (remembered) {
    if (Date.now() < remembered.expiresAtMs + CLOCK_TOLERANCE_MS) return remembered.sessionId;
    rememberedTokens.delete(key);
    return null;
  }
  let payload: { sid?: unknown; aud?: unknown; exp?: unknown } | null;
  try {
    payload = await decode({ token, secret: authEnv().AUTH_SECRET, salt: name });
  } catch {
    return null;
  }
  // The same test as the jwt callback in edge-config.ts.
  if (!payload || typeof payload.sid !== "string" || payload.aud !== audience || typeof payload.exp !== "number") return null;
  if (rememberedTokens.size >= MAX_REMEMBERED_TOKENS) {
    // The oldest first (a Map keeps insertion order).
    const oldest = rememberedTokens.keys().next().value;
    if (oldest !== undefined) rememberedTokens.delete(oldest);
  }
  rememberedTokens.set(key, { sessionId: payload.sid, expiresAtMs: payload.exp * 1000 });
  return payload.sid;
}

/**
 * The signed-in user for this request, checked against the database (revoked, expired, idle,
 * disabled, password changed, wrong app → null). The apps wrap this in React `cache` so one
 * request validates once.
 */
export async function readSessionUser(cookies: CookieReader, audience: Audience): Promise<SessionUser | null> {
  const sessionId = await readSessionId(cookies, audience);
  if (!sessionId) return null;
  const user = await validateSession(getDb(), sessionId);
  // Cookies are per app already; this keeps a patient out of staff pages even if that ever changed.
  if (!user || !roleFitsAudience(user.role, audience)) return null;
  // A patient without a patient record has not confirmed their email yet (docs/decisions/0080):
  // signed in, but patient procedures refuse them and pages send them to /confirm-email.
  return user;
}

/**
 * A session that passed the password but may still owe the second factor: for the code step and
 * enrolment pages only (everything else uses readSessionUser, which refuses such sessions).
 */
export async function readSignInProgress(
  cookies: CookieReader,
  audience: Audience,
): Promise<{ user: SessionUser; secondFactor: SecondFactorState } | null> {
  const sessionId = await readSessionId(cookies, audience);
  if (!sessionId) return null;
  const checked = await checkSession(getDb(), sessionId);
  if (!checked || !roleFitsAudience(checked.user.role, audience)) return null;
  if (audience === "patient" && !checked.user.patientId) return null;
  return checked;
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
