import { ActiveSessions } from "@clinic/ui/active-sessions";
import { Card } from "@clinic/ui/card";
import { ChangePasswordForm } from "@clinic/ui/change-password-form";
import { PageHeader } from "@clinic/ui/page-header";
import { RenewRecoveryCodes } from "@clinic/ui/second-factor-form";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { changePasswordAction, endOtherSessionsAction, endSessionAction, renewRecoveryCodesAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "My account" };

export default async function MyAccountPage() {
  const user = await requireStaff();
  const sessions = await (await getCaller()).myAccount.sessions();
  return (
    <>
      <PageHeader title="My account" description={`${user.name} · ${user.email}`} />
      <section aria-labelledby="password-heading" className="max-w-xl">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Password
        </h2>
        <Card>
          <ChangePasswordForm action={changePasswordAction} />
        </Card>
      </section>
      <section aria-labelledby="recovery-heading" className="mt-10 max-w-xl">
        <h2 id="recovery-heading" className="mb-3 text-xl font-semibold">
          Recovery codes
        </h2>
        <p className="mb-3 text-muted">Used some, or lost the list? Make ten new ones with a code from your authenticator app.</p>
        <Card>
          <RenewRecoveryCodes action={renewRecoveryCodesAction} />
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
