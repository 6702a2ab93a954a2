import { describe, expect, it } from "vitest";
import { OUTBOX_PAGE_SIZE, outboxHref, parseOutboxParams } from "./outbox-params";

describe("parseOutboxParams", () => {
  it("reads a known status and page", () => {
    expect(parseOutboxParams({ status: "failed", page: "3" })).toEqual({ status: "failed", page: 3, pageSize: OUTBOX_PAGE_SIZE });
  });

  it("falls back to all emails on the first page for anything else", () => {
    expect(parseOutboxParams({})).toEqual({ status: undefined, page: 1, pageSize: OUTBOX_PAGE_SIZE });
    expect(parseOutboxParams({ status: "toString", page: "0" })).toMatchObject({ status: undefined, page: 1 });
    expect(parseOutboxParams({ status: ["sent", "failed"], page: "1e400" })).toMatchObject({ status: "sent", page: 1 });
  });
});

describe("outboxHref", () => {
  it("keeps only what differs from the default view", () => {
    expect(outboxHref(undefined)).toBe("/outbox");
    expect(outboxHref("pending", 2)).toBe("/outbox?status=pending&page=2");
    expect(outboxHref(undefined, 4)).toBe("/outbox?page=4");
  });
});
