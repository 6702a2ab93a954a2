import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "~/auth";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a patient account to see your appointments and manage your contact details.",
};

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/appointments");

  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Create an account"
        description="For patients of the clinic. It takes a minute; we only ask for what we need to reach you."
      />
      <Card>
        <SignUpForm />
      </Card>
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-800 underline">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
