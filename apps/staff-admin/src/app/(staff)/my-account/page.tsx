import { Card } from "@clinic/ui/card";
import { OwnAccountSections } from "@clinic/ui/own-account-sections";
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
      <OwnAccountSections changePassword={changePasswordAction} sessions={sessions} endSession={endSessionAction} endOtherSessions={endOtherSessionsAction} />
      <section aria-labelledby="recovery-heading" className="mt-10 max-w-xl">
        <h2 id="recovery-heading" className="mb-3 text-xl font-semibold">
          Recovery codes
        </h2>
        <p className="mb-3 text-muted">Used some, or lost the list? Make ten new ones with a code from your authenticator app.</p>
        <Card>
          <RenewRecoveryCodes action={renewRecoveryCodesAction} />
        </Card>
      </section>
    </>
  );
}
