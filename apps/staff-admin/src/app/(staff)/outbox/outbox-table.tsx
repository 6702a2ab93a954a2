import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import type { StaffRouter } from "@clinic/api/staff-router";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Pager, pageWindow } from "~/components/pager";
import { outboxHref, type EmailStatus } from "./outbox-params";
import { StatusBadge } from "./status-badge";

type OutboxPage = inferRouterOutputs<StaffRouter>["outbox"]["list"];

/** The clinic is run from Austin; the zone's abbreviation is printed with every time. */
const TIME_ZONE = CLINIC_PROFILE.timeZone;

/** One page of emails; each subject opens to the plain-text body that was (or will be) sent. */
export function OutboxTable({ result, status }: { result: OutboxPage; status: EmailStatus | undefined }) {
  const { items, total, page, pageSize } = result;
  const { first, last } = pageWindow({ page, pageSize, total, shown: items.length });

  return (
    <section aria-labelledby="outbox-heading" className="flex flex-col gap-4">
      <h2 id="outbox-heading" className="text-lg font-semibold">
        {total === 1 ? "1 email" : `${total} emails`}
      </h2>
      <Table>
        <caption className="sr-only">
          Emails, newest first, {items.length > 0 ? `${first} to ${last}` : "none on this page"} of {total}. Times in US Central time.
        </caption>
        <THead>
          <TR>
            <TH>Status</TH>
            <TH>To</TH>
            <TH>Subject and message</TH>
            <TH>Queued</TH>
            <TH>Sent</TH>
            <TH className="text-right">Attempts</TH>
            <TH>Last error</TH>
          </TR>
        </THead>
        <TBody>
          {items.map((email) => (
            <TR key={email.id}>
              <TD>
                <StatusBadge status={email.status} />
              </TD>
              {/* An address on one line (break-all cut it a few characters per line at 1280 px); the table scrolls if it must. */}
              <TD className="whitespace-nowrap">{email.toAddress}</TD>
              <TD className="min-w-48">
                <details>
                  <summary className="cursor-pointer font-medium text-brand-800 underline">{email.subject}</summary>
                  <pre className="mt-2 max-w-prose whitespace-pre-wrap rounded-lg border border-line bg-canvas p-3 font-sans text-sm">
                    {email.textBody}
                  </pre>
                </details>
                <p className="mt-1 text-xs text-muted">Template: {email.template}</p>
              </TD>
              <TD>{formatInstantInZone(email.createdAt, TIME_ZONE, "short")}</TD>
              <TD>{email.sentAt ? formatInstantInZone(email.sentAt, TIME_ZONE, "short") : "—"}</TD>
              <TD className="text-right tabular-nums">{email.attempts}</TD>
              <TD className="max-w-xs break-words text-sm">{email.lastError ?? "—"}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {items.length === 0 ? (
        <p>
          There is no page {page} here.{" "}
          <Link href={outboxHref(status)} className="underline">
            Go to the first page
          </Link>
        </p>
      ) : null}
      <Pager
        label="Outbox pages"
        page={page}
        pageSize={pageSize}
        total={total}
        shown={items.length}
        hrefFor={(target) => outboxHref(status, target)}
        previousLabel="Newer emails"
        nextLabel="Older emails"
      />
    </section>
  );
}
