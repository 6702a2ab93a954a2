import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import { getCaller } from "~/trpc/server";
import { ContactDetailsForm } from "./contact-details-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Profile", robots: { index: false } };

export default async function ProfilePage() {
  await requireUser();
  const profile = await (await getCaller()).profile.me();

  return (
    <>
      <PageHeader title="Profile" description="Keep your contact details current so we can reach you about your care." />
      <ContactDetailsForm profile={profile} />
    </>
  );
}
