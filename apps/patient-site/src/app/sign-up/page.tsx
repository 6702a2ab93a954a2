import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackUrl } from "@clinic/auth/callback-url";
import { redirect } from "next/navigation";
import { getSessionUser } from "~/auth";
import { signInHref } from "./sign-in-href";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a patient account to see your appointments and manage your contact details.",
};

type SearchParams = Promise<{ callbackUrl?: string | string[] }>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  // Where to go once the account exists, e.g. back to a booking waiting for confirmation.
  const requested = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(requested) ? requested[0] : requested, "/appointments");
  if (await getSessionUser()) redirect(callbackUrl);
  const returnTo = callbackUrl === "/appointments" ? undefined : callbackUrl;

  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Create an account"
        description="For patients of the clinic. It takes a minute; we only ask for what we need to reach you."
      />
      <Card>
        <SignUpForm callbackUrl={returnTo} />
      </Card>
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link href={signInHref(returnTo)} className="font-medium text-brand-800 underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
