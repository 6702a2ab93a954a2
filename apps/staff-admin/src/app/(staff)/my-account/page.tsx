import { Card } from "@clinic/ui/card";
import { OwnAccountSections } from "@clinic/ui/own-account-sections";
import { PageHeader } from "@clinic/ui/page-header";
import { RenewRecoveryCodes } from "@clinic/ui/second-factor-form";
import { PasskeyList } from "@clinic/ui/passkey-list";
import { AddPasskey } from "@clinic/ui/passkeys";
import { passkeysOf } from "@clinic/auth/passkey-form";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import {
  beginAddingPasskeyAction,
  changePasswordAction,
  endOtherSessionsAction,
  endSessionAction,
  finishAddingPasskeyAction,
  removePasskeyAction,
  renewRecoveryCodesAction,
} from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "My account" };

export default async function MyAccountPage() {
  const user = await requireStaff();
  const [sessions, passkeys] = await Promise.all([(await getCaller()).myAccount.sessions(), passkeysOf(user.id)]);
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
      <section aria-labelledby="passkeys-heading" className="mt-10 max-w-xl">
        <h2 id="passkeys-heading" className="mb-3 text-xl font-semibold">
          Passkeys
        </h2>
        <p className="mb-3 text-muted">
          A passkey on this computer, your phone or a security key can stand in for the code at sign-in. Your authenticator app stays
          as the fallback.
        </p>
        <Card>
          <div className="flex flex-col gap-6">
            <PasskeyList passkeys={passkeys} remove={removePasskeyAction} />
            <AddPasskey begin={beginAddingPasskeyAction} finish={finishAddingPasskeyAction} />
          </div>
        </Card>
      </section>
    </>
  );
}
