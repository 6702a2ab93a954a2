import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { ResetPasswordForm } from "@clinic/ui/reset-password-form";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

// no-referrer: the token in this page's address must not reach another site.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type SearchParams = Promise<{ token?: string | string[] }>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = (await searchParams).token;
  const token = (Array.isArray(requested) ? requested[0] : requested) ?? "";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Choose a new password" description="Setting it signs your account out on every device, so only you are signed in afterwards." />
      <Card>
        <ResetPasswordForm action={resetPasswordAction} token={token.slice(0, 200)} />
      </Card>
    </div>
  );
}
