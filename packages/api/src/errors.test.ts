import type { Database } from "@clinic/db/client";
import { DOMAIN_ERROR_KINDS, DomainError, EmailAlreadyRegistered, NotFound, type DomainErrorKind } from "@clinic/domain/errors/domain-error";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createTRPCContext } from "./context";
import { GENERIC_FAILURE_MESSAGE } from "./errors";
import { createCallerFactory, publicProcedure, router } from "./trpc";

// A router that fails in the ways real procedures can; no database is touched.
const failing = router({
  notFound: publicProcedure.input(z.void()).query(() => {
    throw new NotFound("That article");
  }),
  taken: publicProcedure.input(z.void()).mutation(() => {
    throw new EmailAlreadyRegistered();
  }),
  throttled: publicProcedure.input(z.void()).mutation(() => {
    throw new DomainError("too_many_requests", "Too many attempts. Try again in 5 minutes.");
  }),
  crash: publicProcedure.input(z.void()).query(() => {
    const driverError = Object.assign(new Error('duplicate key value (lower(email))=(alex.rivera@example.com)'), { code: "23505" });
    throw driverError;
  }),
  badOutput: publicProcedure
    .input(z.void())
    .output(z.object({ name: z.string() }))
    .query(() => ({ name: 42 }) as unknown as { name: string }),
});

const caller = createCallerFactory(failing)(
  createTRPCContext({ headers: new Headers(), requestId: "req-unit", user: null, db: {} as Database }),
);

const kindCaller = createCallerFactory(
  router({
    fail: publicProcedure.input(z.object({ kind: z.enum(DOMAIN_ERROR_KINDS) })).query(({ input }) => {
      throw new DomainError(input.kind, "A sentence for people.");
    }),
  }),
)(createTRPCContext({ headers: new Headers(), user: null, db: {} as Database }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("domain errors reaching the client", () => {
  it("answers each domain error kind with the HTTP status its meaning calls for", async () => {
    // Written from HTTP's meanings, not copied from the table: a wrong mapping changes a status here.
    const status: Record<DomainErrorKind, number> = {
      not_found: 404,
      conflict: 409,
      forbidden: 403,
      unauthenticated: 401,
      invalid: 400,
      too_many_requests: 429,
    };
    for (const kind of DOMAIN_ERROR_KINDS) {
      const error = await kindCaller.fail({ kind }).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error, kind).toBeInstanceOf(TRPCError);
      expect([kind, getHTTPStatusCodeFromError(error as TRPCError)]).toEqual([kind, status[kind]]);
    }
  });

  it("keeps the domain error's human message under the mapped code", async () => {
    await expect(caller.notFound()).rejects.toMatchObject({ code: "NOT_FOUND", message: "That article was not found." });
    await expect(caller.taken()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(caller.throttled()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "Too many attempts. Try again in 5 minutes." });
  });
});

describe("unexpected errors", () => {
  it("answer with a generic message and log the request id and SQLSTATE, never the message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(caller.crash()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: GENERIC_FAILURE_MESSAGE });
    expect(log).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(log.mock.calls);
    expect(logged).toContain("req-unit");
    expect(logged).toContain("23505");
    expect(logged).toContain("crash");
    expect(logged).not.toContain("alex.rivera");
  });

  it("treat an output that breaks its DTO as a server fault", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(caller.badOutput()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: GENERIC_FAILURE_MESSAGE });
  });
});
