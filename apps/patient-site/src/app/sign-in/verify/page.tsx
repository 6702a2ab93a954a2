import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { readSignInProgress } from "@clinic/auth/session";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import { SecondFactorForm } from "@clinic/ui/second-factor-form";
import { UsePasskey } from "@clinic/ui/passkeys";
import { hasPasskeys } from "@clinic/auth/passkey-form";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignOutButton } from "~/components/sign-out-button";
import { verifyCodeAction } from "./actions";
import { beginPasskeySignInAction, finishPasskeySignInAction } from "./passkey-actions";

export const metadata: Metadata = { title: "Enter your code", robots: { index: false } };
export const dynamic = "force-dynamic";

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

/** Second sign-in step for a patient with two-step sign-in on: a code from their authenticator app. */
export default async function VerifyCodePage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/appointments");
  const progress = await readSignInProgress(await cookies(), "patient");
  if (!progress) redirect("/sign-in");
  if (progress.secondFactor !== "needs_code") redirect(callbackUrl);

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Enter your code" description="You turned on two-step sign-in: enter the code your authenticator app shows now." />
      {(await hasPasskeys(progress.user.id)) ? (
        <UsePasskey begin={beginPasskeySignInAction} finish={finishPasskeySignInAction} callbackUrl={callbackUrl} />
      ) : null}
      <Card>
        <SecondFactorForm action={verifyCodeAction} method="totp" callbackUrl={callbackUrl} />
      </Card>
      <details className="mt-6">
        <summary className="cursor-pointer font-medium text-brand-800">Lost your phone? Use a recovery code</summary>
        <div className="mt-4">
          <Card>
            <SecondFactorForm action={verifyCodeAction} method="recovery" callbackUrl={callbackUrl} />
          </Card>
        </div>
      </details>
      <div className="mt-6 flex items-center justify-between gap-4 text-sm text-muted">
        <p>No codes left? Sign out and call the clinic.</p>
        <SignOutButton />
      </div>
    </div>
  );
}
