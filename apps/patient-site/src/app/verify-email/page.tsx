import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { ConfirmEmailForm } from "./confirm-email-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

type SearchParams = Promise<{ token?: string | string[] }>;

export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = (await searchParams).token;
  const token = (Array.isArray(requested) ? requested[0] : requested) ?? "";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Confirm your email" description="Confirming proves this address is yours, so we can reach you about your visits." />
      <Card>
        <ConfirmEmailForm token={token.slice(0, 200)} />
      </Card>
    </div>
  );
}
