import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { ServiceForm } from "../../service-form";

export const metadata: Metadata = { title: "Edit service" };

export default async function EditServicePage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff(rolesThatMay("catalogue.edit"));
  const { id } = await params;
  const { services } = await (await getCaller()).settings.catalogue();
  const service = services.find((candidate) => candidate.id === id);
  if (!service) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/settings">Back to settings</Link>
      </p>
      <PageHeader title={`Edit ${service.name}`} description="New bookings use these rules from the next search; booked visits keep their times." />
      <ServiceForm service={service} />
    </>
  );
}
