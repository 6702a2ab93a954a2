import { enrolmentOffer, twoStepEnabled } from "@clinic/auth/second-factor-form";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { RenewRecoveryCodes, SecondFactorForm, TotpEnrolment } from "@clinic/ui/second-factor-form";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import { disableTwoStepAction, enableTwoStepAction, renewRecoveryCodesAction } from "./actions";

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
