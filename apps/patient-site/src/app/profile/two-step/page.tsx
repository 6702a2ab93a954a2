import { passkeysOf } from "@clinic/auth/passkey-form";
import { enrolmentOffer, twoStepEnabled } from "@clinic/auth/second-factor-form";
import { PasskeyList } from "@clinic/ui/passkey-list";
import { AddPasskey } from "@clinic/ui/passkeys";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { RenewRecoveryCodes, SecondFactorForm, TotpEnrolment } from "@clinic/ui/second-factor-form";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import {
  beginAddingPasskeyAction,
  disableTwoStepAction,
  enableTwoStepAction,
  finishAddingPasskeyAction,
  removePasskeyAction,
  renewRecoveryCodesAction,
} from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Two-step sign-in", robots: { index: false } };

/** Optional for patients: an authenticator app code after the password, turned on and off here. */
export default async function TwoStepPage() {
  const user = await requireUser("/profile/two-step");
  const enabled = await twoStepEnabled(user.id);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title="Two-step sign-in"
        description={
          enabled
            ? "Two-step sign-in is on: after your password, we ask for a code from your authenticator app."
            : "Optional: after your password, also ask for a code from an authenticator app on your phone, so a stolen password alone cannot open your account."
        }
      />
      <Card>
        {/* Always rendered, so right after turning on (also without JavaScript) its answer shows the recovery codes. */}
        <TotpEnrolment
          action={enableTwoStepAction}
          offer={enabled ? null : await enrolmentOffer(user)}
          callbackUrl="/profile"
          continueLabel="Back to your profile"
          quietWhenSetUp
        />
        {enabled ? (
          <div className="mt-6">
            <h2 className="mb-2 text-lg font-semibold">Passkeys</h2>
            <p className="mb-4 text-muted">
              A passkey on this device, your phone or a security key can stand in for the code when you sign in. Your authenticator app
              stays as the fallback; turning two-step sign-in off removes your passkeys too.
            </p>
            <div className="flex flex-col gap-6">
              <PasskeyList passkeys={await passkeysOf(user.id)} remove={removePasskeyAction} />
              <AddPasskey begin={beginAddingPasskeyAction} finish={finishAddingPasskeyAction} />
            </div>
          </div>
        ) : null}
        {enabled ? (
          <div className="mt-6">
            <h2 className="mb-4 text-lg font-semibold">New recovery codes</h2>
            <RenewRecoveryCodes action={renewRecoveryCodesAction} />
          </div>
        ) : null}
        {enabled ? (
          <div className="mt-6">
            <h2 className="mb-4 text-lg font-semibold">Turn two-step sign-in off</h2>
            <SecondFactorForm action={disableTwoStepAction} method="totp" submitLabel="Turn off" />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
