"use server";

import { acceptInvitationForm, type AcceptInvitationState } from "@clinic/auth/invitation-form";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "~/auth";

/** Accepts an invitation (the token is a hidden field), signs the new staff member in, then on to enrolment. */
export async function acceptInvitationAction(_previous: AcceptInvitationState, form: FormData): Promise<AcceptInvitationState> {
  const outcome = await acceptInvitationForm(signIn, await headers(), form);
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}
