import { twoStepEnabled } from "@clinic/auth/second-factor-form";
import { Alert } from "@clinic/ui/alert";
import { OwnAccountSections } from "@clinic/ui/own-account-sections";
import { PageHeader } from "@clinic/ui/page-header";
import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import { getCaller } from "~/trpc/server";
import { changePasswordAction, endOtherSessionsAction, endSessionAction } from "./account-actions";
import { ContactDetailsForm } from "./contact-details-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Profile", robots: { index: false } };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ "two-step"?: string | string[] }> }) {
  const user = await requireUser();
  const caller = await getCaller();
  const [profile, sessions, twoStepOn] = await Promise.all([caller.profile.me(), caller.account.sessions(), twoStepEnabled(user.id)]);
  const turnedOff = (await searchParams)["two-step"] === "off";

  return (
    <>
      <PageHeader title="Profile" description="Keep your contact details current so we can reach you about your care." />
      {turnedOff ? (
        <Alert tone="success" className="mb-6">
          Two-step sign-in is off. Your password alone signs you in again.
        </Alert>
      ) : null}
      <ContactDetailsForm profile={profile} />
      <OwnAccountSections
        className="mt-10"
        changePassword={changePasswordAction}
        sessions={sessions}
        endSession={endSessionAction}
        endOtherSessions={endOtherSessionsAction}
      />
      <section aria-labelledby="two-step-heading" className="mt-10">
        <h2 id="two-step-heading" className="text-xl font-semibold">
          Two-step sign-in
        </h2>
        <p className="mt-2 text-muted">
          {twoStepOn ? "On: we ask for a code from your authenticator app after your password." : "Off: your password alone signs you in."}{" "}
          <Link href="/profile/two-step" className="font-medium text-brand-800 underline">
            {twoStepOn ? "Turn two-step sign-in off" : "Turn on two-step sign-in"}
          </Link>
        </p>
      </section>
    </>
  );
}
