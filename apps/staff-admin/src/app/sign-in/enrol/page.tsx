import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { enrolmentOffer } from "@clinic/auth/second-factor-form";
import { readSignInProgress } from "@clinic/auth/session";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { Card } from "@clinic/ui/card";
import { TotpEnrolment } from "@clinic/ui/second-factor-form";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignOutButton } from "~/components/sign-out-button";
import { confirmEnrolmentAction } from "./actions";

export const metadata: Metadata = { title: "Set up two-step sign-in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

/**
 * Every staff account needs an authenticator app: anyone signing in without one comes here before any
 * other page (docs/decisions/0085), new staff straight after accepting their invitation.
 */
export default async function EnrolPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl, "/");
  const progress = await readSignInProgress(await cookies(), "staff");
  if (!progress) redirect("/sign-in");
  if (progress.secondFactor === "needs_code") redirect("/sign-in/verify");
  // A complete session still renders (no redirect): right after confirming, the form's answer shows the recovery codes here.
  const offer = progress.secondFactor === "needs_enrolment" ? await enrolmentOffer(progress.user) : null;

  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-xl flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Set up two-step sign-in</h1>
      <p className="mt-2 mb-6 text-muted">
        Staff accounts reach patients&apos; records, so each sign-in needs your password and a code from an
        authenticator app on your phone. This takes a minute, once.
      </p>
      <Card>
        <TotpEnrolment action={confirmEnrolmentAction} offer={offer} callbackUrl={callbackUrl} />
      </Card>
      <div className="mt-6 flex items-center justify-between gap-4 text-sm text-muted">
        <p>Not now? You can sign out; you will be asked again next time.</p>
        <SignOutButton />
      </div>
    </main>
  );
}
