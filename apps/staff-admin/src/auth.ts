import "server-only";
import { REQUESTED_PATH_HEADER, signInPath } from "@clinic/auth/callback-url";
import { createAuth } from "@clinic/auth/config";
import { readSessionUser, readSignInProgress } from "@clinic/auth/session";
import { isStaffRole, type StaffRole } from "@clinic/domain/people/roles";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

/** Auth.js for the staff admin (its own cookies; staff roles only — patients are refused at sign-in). */
export const { auth, handlers, signIn, signOut } = createAuth({ audience: "staff" });

/**
 * The signed-in staff member, checked against the database on every request (sign-out, a
 * disabled account or a password change end it at once); null when signed out. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => readSessionUser(await cookies(), "staff"));

/**
 * Where someone who passed the password but still owes the second factor goes next (the code step, or
 * enrolment for staff without an authenticator), coming back to `returnTo`; null when nothing is owed.
 */
export async function secondFactorStep(returnTo: string | null | undefined): Promise<string | null> {
  const progress = await readSignInProgress(await cookies(), "staff");
  if (!progress || progress.secondFactor === "complete") return null;
  const page = progress.secondFactor === "needs_code" ? "/sign-in/verify" : "/sign-in/enrol";
  return returnTo && returnTo !== "/" ? `${page}?callbackUrl=${encodeURIComponent(returnTo)}` : page;
}

export type SignedInStaff = SessionUser & { role: StaffRole };

/**
 * The signed-in staff member, or a redirect to /sign-in (coming back here afterwards). With
 * `roles`, anyone else gets the 403 page (`forbidden()`, see the report: needs
 * experimental.authInterrupts). Pages call this themselves; proxy.ts is not a security boundary.
 */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<SignedInStaff> {
  const user = await getSessionUser();
  if (!user || !isStaffRole(user.role)) {
    const requested = (await headers()).get(REQUESTED_PATH_HEADER);
    redirect((await secondFactorStep(requested)) ?? signInPath(requested));
  }
  const role: StaffRole = user.role;
  if (roles && !roles.includes(role)) forbidden();
  return { ...user, role };
}
