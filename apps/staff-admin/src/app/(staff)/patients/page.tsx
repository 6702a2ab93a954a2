import { PROVIDER_PATIENT_REACH } from "@clinic/domain/people/patient-access";
import { Alert } from "@clinic/ui/alert";
import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requireStaff } from "~/auth";
import { PatientRecordsForbidden } from "~/components/patient-records-forbidden";
import { PatientResults } from "~/components/patients/patient-results";
import { PatientSearchForm } from "~/components/patients/patient-search-form";
import { PATIENT_SEARCH_COOKIE, parsePatientSearch, type SearchParamValue } from "~/lib/search-params";
import { canSeePatientData } from "~/lib/staff-navigation";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Patients" };

type SearchParams = Promise<{ page?: SearchParamValue }>;

export default async function PatientsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaff();
  if (!canSeePatientData(user.role)) return <PatientRecordsForbidden />;

  const { page } = await searchParams;
  const request = parsePatientSearch({ query: (await cookies()).get(PATIENT_SEARCH_COOKIE)?.value, page });
  const query = request.kind === "empty" ? "" : request.query;

  return (
    <>
      <PageHeader title="Patients" description="Find a patient by name, email address or phone number." />
      <PatientSearchForm query={query} error={request.kind === "invalid" ? request.message : undefined} />
      <div className="mt-8">
        {request.kind === "search" ? (
          <SearchResults query={request.query} page={request.page} pageSize={request.pageSize} />
        ) : request.kind === "empty" ? (
          <Alert tone="info">Type at least 2 characters of a name, an email address or a phone number.</Alert>
        ) : null}
      </div>
    </>
  );
}

async function SearchResults(input: { query: string; page: number; pageSize: number }) {
  const caller = await getCaller();
  const result = await caller.patients.search(input).catch((error: unknown) => {
    if (trpcErrorCode(error) === "FORBIDDEN") return { forbidden: error instanceof Error ? error.message : "You may not search patient records." };
    throw error;
  });
  if ("forbidden" in result) return <Alert tone="warning" title="You cannot search patient records">{result.forbidden}</Alert>;
  // A provider's search never silently leaves out another provider's patients: it says whose it covers.
  const reach = result.reach === "own" ? <p className="mb-4 text-sm text-muted">{PROVIDER_PATIENT_REACH}</p> : null;
  if (result.total === 0) {
    return (
      <>
        {reach}
        <EmptyState
          title="No patients found"
          description={
            result.reach === "own"
              ? `No patient with a visit with you matches “${input.query}”. Ask the front desk for a patient you have not seen yet.`
              : `No patient matches “${input.query}”. Check the spelling, or try part of the email or phone number.`
          }
        />
      </>
    );
  }
  return (
    <>
      {reach}
      <PatientResults query={input.query} result={result} />
    </>
  );
}
