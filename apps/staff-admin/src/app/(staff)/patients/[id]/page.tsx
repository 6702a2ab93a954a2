import { staffMay } from "@clinic/domain/people/staff-permissions";
import { buttonClasses } from "@clinic/ui/button";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "~/auth";
import { PatientRecordsForbidden } from "~/components/patient-records-forbidden";
import { PatientAppointments } from "~/components/patients/patient-appointments";
import { PatientAccessLog } from "~/components/patients/patient-access-log";
import { PatientDetails } from "~/components/patients/patient-details";
import { canSeePatientData } from "~/lib/staff-navigation";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller } from "~/trpc/server";

// A generic title: patient names must not end up in browser history titles or tab previews on shared desks.
export const metadata: Metadata = { title: "Patient record" };

const patientIdSchema = z.uuid();

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  if (!canSeePatientData(user.role)) return <PatientRecordsForbidden />;

  const { id } = await params;
  // Not a patient id at all: the same "not found" as an unknown one, without asking the API.
  if (!patientIdSchema.safeParse(id).success) notFound();

  const caller = await getCaller();
  const patient = await caller.patients.detail({ patientId: id }).catch((error: unknown) => {
    const code = trpcErrorCode(error);
    if (code === "NOT_FOUND") notFound();
    if (code === "FORBIDDEN") return { forbidden: error instanceof Error ? error.message : undefined };
    throw error;
  });
  // A provider asking for another provider's patient is told why, in the API's words.
  if ("forbidden" in patient) return <PatientRecordsForbidden reason={patient.forbidden} />;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/patients" className="text-brand-800 underline">
          ← Patients
        </Link>
      </p>
      <PageHeader
        title={patient.name}
        description="Patient record"
        actions={
          staffMay(user.role, "appointments.bookForPatient") ? (
            <Link href={`/book?patient=${patient.id}`} className={buttonClasses()}>
              Book a visit
            </Link>
          ) : null
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <PatientDetails patient={patient} />
        <PatientAppointments appointments={patient.appointments} onlyYours={patient.reach === "own"} />
      </div>
      {staffMay(user.role, "audit.read") ? <PatientAccessLog patientId={patient.id} /> : null}
    </>
  );
}
