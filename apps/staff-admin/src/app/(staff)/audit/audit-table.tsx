import type { StaffRouter } from "@clinic/api/staff-router";
import { AUDIT_TIME_ZONE } from "@clinic/domain/audit/audit-filter";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { Pager, pageWindow } from "~/components/pager";
import { auditHref, type ViewerFilter } from "./audit-params";

type AuditPage = inferRouterOutputs<StaffRouter>["audit"]["list"];

/** One page of events, newest first. Patient names link to the record (ids only in the URL). */
export function AuditTable({ result, filter }: { result: AuditPage; filter: ViewerFilter }) {
  const { items, total, page, pageSize } = result;
  const { first, last } = pageWindow({ page, pageSize, total, shown: items.length });
  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-4">
      <h2 id="audit-heading" className="text-lg font-semibold">
        {total === 1 ? "1 event" : `${total} events`}
      </h2>
      <Table stacked>
        <caption className="sr-only">
          Audit events, newest first, {items.length > 0 ? `${first} to ${last}` : "none on this page"} of {total}. Times in US Central time.
        </caption>
        <THead>
          <TR>
            <TH>When</TH>
            <TH>Who</TH>
            <TH>What</TH>
            <TH>Patient</TH>
            <TH>Details</TH>
          </TR>
        </THead>
        <TBody>
          {items.map((event) => (
            <TR key={event.id}>
              <TD className="whitespace-nowrap">{formatInstantInZone(event.occurredAt, AUDIT_TIME_ZONE, "short")}</TD>
              <TD label="Who">
                {event.actorName ?? "Nobody signed in"}
                {event.actorRole ? <span className="block text-xs text-muted">{event.actorRole.replace("_", " ")}</span> : null}
              </TD>
              <TD label="What">
                <code className="text-sm">{event.action}</code>
              </TD>
              <TD label="Patient">
                {event.patientId ? (
                  <Link href={`/patients/${event.patientId}`} className="text-brand-800 underline">
                    {event.patientName ?? "Patient"}
                  </Link>
                ) : (
                  "—"
                )}
              </TD>
              <TD label="Details" className="max-w-xs break-words text-xs">
                <code>{JSON.stringify(event.metadata)}</code>
                {event.ip ? <span className="block text-muted">from {event.ip}</span> : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <Pager
        label="Audit pages"
        page={page}
        pageSize={pageSize}
        total={total}
        shown={items.length}
        hrefFor={(target) => auditHref(filter, target)}
        previousLabel="Newer events"
        nextLabel="Older events"
      />
    </section>
  );
}
