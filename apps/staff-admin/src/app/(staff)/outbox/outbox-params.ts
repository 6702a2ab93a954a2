import type { StaffRouter } from "@clinic/api/staff-router";
import type { inferRouterInputs } from "@trpc/server";
import type { SearchParamValue } from "~/lib/search-params";

export type EmailStatus = NonNullable<inferRouterInputs<StaffRouter>["outbox"]["list"]["status"]>;

/** Status names for people, in the order an email moves through them. */
export const EMAIL_STATUS_LABELS = {
  pending: "Waiting",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
} as const satisfies Record<EmailStatus, string>;

export const OUTBOX_PAGE_SIZE = 25;

export type OutboxRequest = { status: EmailStatus | undefined; page: number; pageSize: number };

function first(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isEmailStatus(value: string | undefined): value is EmailStatus {
  return value !== undefined && Object.hasOwn(EMAIL_STATUS_LABELS, value);
}

/** Reads `?status=&page=`; anything not understood falls back to all emails, first page. */
export function parseOutboxParams(params: { status?: SearchParamValue; page?: SearchParamValue }): OutboxRequest {
  const status = first(params.status);
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return {
    status: isEmailStatus(status) ? status : undefined,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: OUTBOX_PAGE_SIZE,
  };
}

/** The link to a status filter or page of the outbox. */
export function outboxHref(status: EmailStatus | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/outbox?${query}` : "/outbox";
}
