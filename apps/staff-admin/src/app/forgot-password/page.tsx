import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { Card } from "@clinic/ui/card";
import { ForgotPasswordForm } from "@clinic/ui/forgot-password-form";
import type { Metadata } from "next";
import Link from "next/link";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function StaffForgotPasswordPage() {
  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Forgot your password?</h1>
      <p className="mt-2 mb-6 text-muted">
        Enter the email you sign in with and we will email you a link to choose a new password. You will still need your
        authenticator app to sign in.
      </p>
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
    </main>
  );
}
