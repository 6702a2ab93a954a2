import { signInPageState } from "@clinic/auth/sign-in-form";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser, secondFactorStep } from "~/auth";
import { SignInForm } from "@clinic/ui/sign-in-form";
import { signInAction } from "./actions";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to see your appointments and keep your contact details up to date.",
  robots: { index: false },
};

type SearchParams = Promise<{ callbackUrl?: string | string[]; code?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, initialError } = signInPageState(await searchParams, "patient", "/appointments");
  // Already signed in: nothing to do here.
  if (await getSessionUser()) redirect(callbackUrl);
  const step = await secondFactorStep(callbackUrl);
  if (step) redirect(step);

  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" description="See your appointments and keep your details up to date." />
      <Card>
        <SignInForm action={signInAction} callbackUrl={callbackUrl} initialError={initialError} />
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-800 underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-4 text-sm text-muted">
        New to the clinic?{" "}
        <Link
          href={callbackUrl === "/appointments" ? "/sign-up" : `/sign-up?${new URLSearchParams({ callbackUrl })}`}
          className="font-medium text-brand-800 underline"
        >
          Create an account
        </Link>
        . Clinic staff sign in on the staff site.
      </p>
    </div>
  );
}
