import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInPath } from "@clinic/auth/callback-url";
import { getSessionUser } from "~/auth";
import { ResendVerificationForm } from "~/components/account/resend-verification-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

/** Where a signed-in patient whose email is not confirmed yet lands instead of their appointments or profile. */
export default async function ConfirmEmailPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInPath("/confirm-email"));
  if (user.patientId) redirect("/appointments");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Confirm your email" description="Your account is ready once you confirm your email address." />
      <Card className="flex flex-col gap-4">
        <p>
          We sent a link to <strong>{user.email}</strong>. Open it to confirm the address; then you can book and see your
          appointments. Look in your spam folder if it is not in your inbox.
        </p>
        <ResendVerificationForm />
      </Card>
    </div>
  );
}
