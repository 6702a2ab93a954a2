import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@clinic/ui/forgot-password-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Forgot your password?" description="Enter the email you use to sign in and we will email you a link to choose a new password." />
      <Card>
        <ForgotPasswordForm action={forgotPasswordAction} />
      </Card>
      <p className="mt-6 text-sm text-muted">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-800 underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
