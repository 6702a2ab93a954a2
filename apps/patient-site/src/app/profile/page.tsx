import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { requireUser } from "~/auth";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { ContactDetailsForm } from "./contact-details-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Profile", robots: { index: false } };

export default async function ProfilePage() {
  await requireUser();
  // Awaited so the form renders filled in; the client reads the same data from the hydrated cache.
  await prefetch(trpc.profile.me.queryOptions());

  return (
    <>
      <PageHeader title="Profile" description="Keep your contact details current so we can reach you about your care." />
      <HydrateClient>
        <ContactDetailsForm />
      </HydrateClient>
    </>
  );
}
