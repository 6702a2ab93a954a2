import { ActiveSessions } from "@clinic/ui/active-sessions";
import { Card } from "@clinic/ui/card";
import { ChangePasswordForm } from "@clinic/ui/change-password-form";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import { getCaller } from "~/trpc/server";
import { changePasswordAction, endOtherSessionsAction, endSessionAction } from "./account-actions";
import { ContactDetailsForm } from "./contact-details-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Profile", robots: { index: false } };

export default async function ProfilePage() {
  await requireUser();
  const caller = await getCaller();
  const [profile, sessions] = await Promise.all([caller.profile.me(), caller.account.sessions()]);

  return (
    <>
      <PageHeader title="Profile" description="Keep your contact details current so we can reach you about your care." />
      <ContactDetailsForm profile={profile} />
      <section aria-labelledby="password-heading" className="mt-10 max-w-xl">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Password
        </h2>
        <Card>
          <ChangePasswordForm action={changePasswordAction} />
        </Card>
      </section>
      <section aria-labelledby="sessions-heading" className="mt-10 max-w-xl">
        <h2 id="sessions-heading" className="mb-3 text-xl font-semibold">
          Your active sessions
        </h2>
        <ActiveSessions sessions={sessions} endSession={endSessionAction} endOtherSessions={endOtherSessionsAction} />
      </section>
    </>
  );
}
