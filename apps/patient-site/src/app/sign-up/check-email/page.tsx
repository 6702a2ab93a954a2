import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { FocusPageHeading } from "~/components/focus-page-heading";
import { getClinicInfo } from "~/data/clinic-info";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

/** What every sign-up answers, whether or not the email already had an account (docs/decisions/0080). */
export default async function CheckEmailPage() {
  const info = await getClinicInfo();
  return (
    <div className="mx-auto max-w-md">
      <FocusPageHeading />
      <PageHeader title="Check your email" description="One more step to finish creating your account." />
      <Card className="flex flex-col gap-3">
        <p>
          We have sent a message to the email address you gave. Open it and follow the link to confirm your address; the link
          works for 24 hours.
        </p>
        <p>
          Nothing there after a few minutes? Look in your spam or junk folder. If you already have an account with that address,
          the message says so and tells you how to sign in.
        </p>
        <p className="text-sm text-muted">
          You can book online once your email is confirmed.{info.phone ? ` To book by phone, call us at ${info.phone}.` : ""}
        </p>
      </Card>
      <p className="mt-6 text-sm text-muted">
        <Link href="/sign-in" className="font-medium text-brand-800 underline">
          Go to sign in
        </Link>
      </p>
    </div>
  );
}
