import { Alert } from "@clinic/ui/alert";
import { PageHeader } from "@clinic/ui/page-header";
import Link from "next/link";

/** Shown (instead of an error) to staff whose role does not include patient records, e.g. the content editor. */
export function PatientRecordsForbidden() {
  return (
    <>
      <PageHeader title="Access denied" />
      <Alert tone="warning" title="You do not have access to patient records">
        <p>
          Your role does not include patient records (error 403). If you need them for your work, ask a clinic
          administrator. <Link href="/" className="font-medium underline">Back to the dashboard</Link>
        </p>
      </Alert>
    </>
  );
}
