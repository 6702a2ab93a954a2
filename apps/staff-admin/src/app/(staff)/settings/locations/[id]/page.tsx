import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { LocationForm } from "../../location-form";

export const metadata: Metadata = { title: "Edit location" };

export default async function EditLocationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(rolesThatMay("catalogue.edit"));
  const { id } = await params;
  const { locations } = await (await getCaller()).settings.catalogue();
  const location = locations.find((candidate) => candidate.id === id);
  if (!location) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/settings">Back to settings</Link>
      </p>
      <PageHeader title={`Edit ${location.name}`} description="Address, phone, time zone and opening hours." />
      <LocationForm location={location} />
    </>
  );
}
