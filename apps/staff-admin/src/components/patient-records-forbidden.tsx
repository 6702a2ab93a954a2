import { Alert } from "@clinic/ui/alert";
import { PageHeader } from "@clinic/ui/page-header";
import Link from "next/link";

/**
 * Shown (instead of an error) when patient records are refused: to staff whose role does not include
 * them (e.g. the content editor), or, with the API's `reason`, to a provider asking for another provider's patient.
 */
export function PatientRecordsForbidden({ reason }: { reason?: string }) {
  return (
    <>
      <PageHeader title="Access denied" />
      <Alert tone="warning" title={reason ? "You cannot open this patient record" : "You do not have access to patient records"}>
        <p>
          {reason ?? "Your role does not include patient records (error 403). If you need them for your work, ask a clinic administrator."}{" "}
          <Link href="/" className="font-medium underline">Back to the dashboard</Link>
        </p>
      </Alert>
    </>
  );
}
