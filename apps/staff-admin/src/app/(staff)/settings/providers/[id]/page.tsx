import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { ProviderForm } from "../../provider-form";
import { ProviderPhotoForm } from "../../provider-photo-form";

export const metadata: Metadata = { title: "Edit provider" };

export default async function EditProviderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(rolesThatMay("catalogue.edit"));
  const { id } = await params;
  const { services, providers, locations } = await (await getCaller()).settings.catalogue();
  const provider = providers.find((candidate) => candidate.id === id);
  if (!provider) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/settings">Back to settings</Link>
      </p>
      <PageHeader title={`Edit ${provider.name}`} description="The profile patients see, and which services this provider offers where." />
      <ProviderPhotoForm providerId={provider.id} providerName={provider.name} photo={provider.photo} />
      <ProviderForm provider={provider} services={services} locations={locations} />
    </>
  );
}
