import { buttonClasses } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import Link from "next/link";

export default function PatientNotFound() {
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold">Patient not found</h1>
      <EmptyState
        title="There is no patient record at this address"
        description="The link may be mistyped, or the record may have been removed. Search for the patient instead."
        action={
          <Link href="/patients" className={buttonClasses()}>
            Search patients
          </Link>
        }
      />
    </>
  );
}
