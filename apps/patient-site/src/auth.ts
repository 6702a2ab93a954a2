import "server-only";
import { REQUESTED_PATH_HEADER, signInPath } from "@clinic/auth/callback-url";
import { createAuth } from "@clinic/auth/config";
import { readSessionUser, readSignInProgress } from "@clinic/auth/session";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

/** Auth.js for the patient site (its own cookies; patients only). */
export const { auth, handlers, signIn, signOut } = createAuth({ audience: "patient" });

/**
 * The signed-in patient, checked against the database on every request (sign-out elsewhere, a
 * disabled account or a password change end it at once); null when signed out. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => readSessionUser(await cookies(), "patient"));

/**
 * The code step for a patient who turned two-step sign-in on and has passed the password only (coming
 * back to `returnTo`); null when nothing is owed. Patients never have to enrol (docs/decisions/0085).
 */
export async function secondFactorStep(returnTo: string | null | undefined): Promise<string | null> {
  const progress = await readSignInProgress(await cookies(), "patient");
  if (progress?.secondFactor !== "needs_code") return null;
  return returnTo && returnTo !== "/" ? `/sign-in/verify?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in/verify";
}

export type SignedInPatient = SessionUser & { patientId: string };

/**
 * The signed-in patient, or a redirect to the sign-in page that comes back here afterwards.
 * Pages call this themselves; proxy.ts is not a security boundary.
 */
export async function requireUser(returnTo?: string): Promise<SignedInPatient> {
  const user = await getSessionUser();
  if (!user) {
    const requested = returnTo ?? (await headers()).get(REQUESTED_PATH_HEADER);
    redirect((await secondFactorStep(requested)) ?? signInPath(requested));
  }
  // A patient account gets its patient record when its email is confirmed (docs/decisions/0080).
  if (!user.patientId) redirect("/confirm-email");
  return { ...user, patientId: user.patientId };
}
