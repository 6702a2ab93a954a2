import { LISTING_AUDIT_WINDOW_MINUTES } from "@clinic/domain/audit/listing-window";
import { Alert } from "@clinic/ui/alert";
import { buttonClasses } from "@clinic/ui/button";
import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { AuditFilterForm } from "./audit-filter-form";
import { AUDIT_PAGE_SIZE, parseAuditParams, type AuditSearchParams } from "./audit-params";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit trail" };

/** Who read or changed what, for administrators: filter, page through, export as CSV. Viewing is itself audited. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearchParams> }) {
  await requireStaff(["admin"]);
  const request = parseAuditParams(await searchParams);
  const caller = await getCaller();
  const actors = await caller.staffAccounts.list();

  const header = (
    <PageHeader
      title="Audit trail"
      description={`Every read or change of patient data, sign-ins and account changes; a list showing a patient again to the same person within ${LISTING_AUDIT_WINDOW_MINUTES} minutes is recorded once. Times in US Central time.`}
    />
  );
  if (request.kind === "invalid") {
    return (
      <>
        {header}
        <AuditFilterForm values={request.values} errors={request.errors} actors={actors} />
        <Alert tone="error">Check the filter: {Object.values(request.errors).join(" ")}</Alert>
      </>
    );
  }

  const { filter, page } = request;
  const result = await caller.audit.list({ ...filter, page, pageSize: AUDIT_PAGE_SIZE });
  return (
    <>
      {header}
      <AuditFilterForm values={filter} errors={{}} actors={actors} />
      {filter.patientId ? (
        <p className="mb-4 text-sm">
          Showing one patient’s events{result.items[0]?.patientName ? ` (${result.items[0].patientName})` : ""}.
        </p>
      ) : null}
      {/* POST, so the export is a deliberate action (and audited), not a link a crawler or prefetch could follow. */}
      <form method="post" action="/audit/export" className="mb-6">
        {Object.entries(filter).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Export these events as CSV
        </button>
      </form>
      {result.total === 0 ? (
        <EmptyState title="No events match" description="Try more days, or anyone and any action." />
      ) : (
        <AuditTable result={result} filter={filter} />
      )}
    </>
  );
}
