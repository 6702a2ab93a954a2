import { readSignInProgress } from "@clinic/auth/session";
import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { Card } from "@clinic/ui/card";
import { SecondFactorForm } from "@clinic/ui/second-factor-form";
import { UsePasskey } from "@clinic/ui/passkeys";
import { hasPasskeys } from "@clinic/auth/passkey-form";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignOutButton } from "~/components/sign-out-button";
import { verifyCodeAction } from "./actions";
import { beginPasskeySignInAction, finishPasskeySignInAction } from "./passkey-actions";

export const metadata: Metadata = { title: "Enter your code" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

/** Second sign-in step for staff: the password was right, now a code from the authenticator app. */
export default async function VerifyCodePage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/");
  const progress = await readSignInProgress(await cookies(), "staff");
  if (!progress) redirect("/sign-in");
  if (progress.secondFactor === "complete") redirect(callbackUrl);
  if (progress.secondFactor === "needs_enrolment") redirect("/sign-in/enrol");

  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Enter your code</h1>
      <p className="mt-2 mb-6 text-muted">Open your authenticator app and enter the code it shows for the clinic.</p>
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
        <p>Not you, or no codes left? Sign out and ask an administrator.</p>
        <SignOutButton />
      </div>
    </main>
  );
}
