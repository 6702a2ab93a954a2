import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { Card } from "@clinic/ui/card";
import { ResetPasswordForm } from "@clinic/ui/reset-password-form";
import type { Metadata } from "next";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

// no-referrer: the token in this page's address must not reach another site.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type SearchParams = Promise<{ token?: string | string[] }>;

export default async function StaffResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = (await searchParams).token;
  const token = (Array.isArray(requested) ? requested[0] : requested) ?? "";
  return (
    <main id="main-content" className="mx-auto flex min-h-screen w-full max-w-md flex-col justify-center px-4 py-12">
      <p className="mb-2 text-sm font-semibold tracking-wide text-brand-800 uppercase">{CLINIC_PROFILE.name}</p>
      <h1 className="text-3xl font-semibold tracking-tight">Choose a new password</h1>
      <p className="mt-2 mb-6 text-muted">
        Setting it signs your account out on every device. Your authenticator app stays as it is: you sign in with the new
        password and a code from it.
      </p>
      <Card>
        <ResetPasswordForm action={resetPasswordAction} token={token.slice(0, 200)} />
      </Card>
    </main>
  );
}
