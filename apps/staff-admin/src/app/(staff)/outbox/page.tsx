import { EmptyState } from "@clinic/ui/empty-state";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import type { SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";
import { EMAIL_STATUS_LABELS, parseOutboxParams } from "./outbox-params";
import { OutboxTable } from "./outbox-table";
import { StatusFilter } from "./status-filter";

export const metadata: Metadata = { title: "Outbox" };

type SearchParams = Promise<{ status?: SearchParamValue; page?: SearchParamValue }>;

/**
 * Every email the portal has queued, for administrators: whether it went out, and what it said.
 * In development (no SMTP_URL) nothing is delivered, so this page is where a person reads them.
 */
export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff(["admin"]);
  const request = parseOutboxParams(await searchParams);
  const caller = await getCaller();
  const result = await caller.outbox.list(request);

  return (
    <>
      <PageHeader
        title="Outbox"
        description={
          <>
            Emails the portal has queued, newest first. Failed sends are retried for about two hours. Without an SMTP server
            configured (development), nothing leaves the server: “Sent” then means recorded here only.
          </>
        }
      />
      <StatusFilter current={request.status} />
      {result.total === 0 ? (
        <EmptyState
          title={request.status ? `No ${EMAIL_STATUS_LABELS[request.status].toLowerCase()} emails` : "No emails yet"}
          description="Emails appear here as soon as the portal queues them, for example when a patient creates an account."
        />
      ) : (
        <OutboxTable result={result} status={request.status} />
      )}
    </>
  );
}
