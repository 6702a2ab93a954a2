import { findInvitationForLinkNow } from "@clinic/auth/invitation-form";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { ROLE_LABELS } from "@clinic/domain/people/roles";
import { INVITATION_UNUSABLE } from "@clinic/domain/people/staff-invitation";
import { Alert } from "@clinic/ui/alert";
import { Card } from "@clinic/ui/card";
import type { Metadata } from "next";
import { AcceptInvitationForm } from "./accept-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The page an invitation email links to: who is invited as what, and a password to choose. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationForLinkNow(token);
  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Your staff account</h1>
      {invitation && invitation.role !== "patient" ? (
        <>
          <p className="mt-2 mb-6 text-muted">
            Welcome, {invitation.name}. You were invited as {ROLE_LABELS[invitation.role].toLowerCase()} with the email{" "}
            <span className="font-medium text-ink">{invitation.email}</span>. Choose a password; next you will set up an
            authenticator app for two-step sign-in.
          </p>
          <Card>
            <AcceptInvitationForm action={acceptInvitationAction} token={token} email={invitation.email} />
          </Card>
        </>
      ) : (
        <Alert tone="error" className="mt-6">
          {INVITATION_UNUSABLE}
        </Alert>
      )}
    </main>
  );
}
