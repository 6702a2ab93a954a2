import { getDb } from "@clinic/db/client";
import { acceptInvitationInput, INVITATION_UNUSABLE } from "@clinic/domain/people/staff-invitation";
import type { NextAuthResult } from "next-auth";
import { z } from "zod";
import { acceptInvitation, findInvitationForLink } from "./accept-invitation";
import { clientIp } from "./client-info";
import { signInWithPassword } from "./session";
import { postedText } from "./sign-in-form";

export type AcceptInvitationState = { formError?: string; fieldErrors?: Partial<Record<"password" | "confirmPassword", string>> };

/** What the acceptance page shows for a link (apps do not reach the database themselves). */
export function findInvitationForLinkNow(token: string) {
  return findInvitationForLink(getDb(), token);
}

/**
 * The acceptance form's action body: validates the password, accepts the invitation (once), then signs
 * the new account in — a session that owes the authenticator enrolment, which is where it goes next.
 */
export async function acceptInvitationForm(
  signIn: NextAuthResult["signIn"],
  headers: Headers,
  form: FormData,
): Promise<{ redirectTo: string } | AcceptInvitationState> {
  const parsed = acceptInvitationInput.safeParse({ password: postedText(form, "password"), confirmPassword: postedText(form, "confirmPassword") });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { fieldErrors: { password: fieldErrors.password?.[0], confirmPassword: fieldErrors.confirmPassword?.[0] } };
  }
  const outcome = await acceptInvitation(getDb(), { token: postedText(form, "token"), password: parsed.data.password, ip: clientIp(headers) });
  if (!outcome.ok) {
    return { formError: outcome.reason === "email_taken" ? "An account with this email exists already. Sign in with it, or ask an administrator." : INVITATION_UNUSABLE };
  }
  const signedIn = await signInWithPassword(signIn, "staff", { email: outcome.email, password: parsed.data.password });
  // The account exists either way; if signing in failed (a lock-out), the sign-in page takes over.
  return { redirectTo: signedIn.ok ? "/sign-in/enrol" : "/sign-in" };
}
