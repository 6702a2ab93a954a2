import { signInPageState } from "@clinic/auth/sign-in-form";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { Card } from "@clinic/ui/card";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser, secondFactorStep } from "~/auth";
import { SignInForm } from "@clinic/ui/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Staff sign-in" };

type SearchParams = Promise<{ callbackUrl?: string | string[]; code?: string | string[] }>;

export default async function StaffSignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, initialError } = signInPageState(await searchParams, "staff", "/");
  // Already signed in: nothing to do here.
  if (await getSessionUser()) redirect(callbackUrl);
  // Password already accepted: the second step is next.
  const step = await secondFactorStep(callbackUrl);
  if (step) redirect(step);

  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Staff sign-in</h1>
      <p className="mt-2 mb-6 text-muted">
        This sign-in is for clinic staff. Patients sign in on the clinic&apos;s patient site instead.
      </p>
      <Card>
        <SignInForm action={signInAction} callbackUrl={callbackUrl} initialError={initialError} />
      </Card>
      <p className="mt-6 text-sm text-muted">
        <Link href="/forgot-password" className="font-medium text-brand-800 underline">
          Forgot your password?
        </Link>{" "}
        Staff accounts are created by a clinic administrator.
      </p>
    </main>
  );
}
