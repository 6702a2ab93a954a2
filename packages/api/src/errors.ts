import { DomainError, type DomainErrorKind } from "@clinic/domain/errors/domain-error";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";

/** The one place where a domain error kind becomes a transport code. */
export const TRPC_CODE_FOR_DOMAIN_ERROR: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
  unauthenticated: "UNAUTHORIZED",
  invalid: "BAD_REQUEST",
  too_many_requests: "TOO_MANY_REQUESTS",
};

/** What a person sees when something broke on the server; details stay in the server log. */
export const GENERIC_FAILURE_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

type FailureLocation = { path: string; requestId: string };

/**
 * Turns the error a procedure ended with into the error the client receives:
 * domain errors keep their human message under the mapped code; unexpected errors are logged
 * (procedure, request id, error class and SQLSTATE only: messages of driver errors can hold
 * patient data such as an email in a unique-violation detail) and answered with a generic message.
 */
export function toClientError(error: TRPCError, where: FailureLocation): TRPCError {
  const cause = error.cause;
  if (cause instanceof DomainError) {
    return new TRPCError({ code: TRPC_CODE_FOR_DOMAIN_ERROR[cause.kind], message: cause.message, cause });
  }
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;

  console.error("api: unexpected error", {
    path: where.path,
    requestId: where.requestId,
    error: describeForLog(cause ?? error),
  });
  // The cause is dropped on purpose: an app's onError handler that logs it would leak its message.
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: GENERIC_FAILURE_MESSAGE });
}

/** Error class and SQLSTATE (also when wrapped by drizzle's DrizzleQueryError); never the message. */
export function describeForLog(error: unknown): { name: string; sqlState?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const withCode = (value: unknown) =>
    typeof value === "object" && value !== null && "code" in value && typeof value.code === "string" ? value.code : undefined;
  const sqlState = withCode(error) ?? withCode(error.cause);
  return sqlState ? { name: error.name, sqlState } : { name: error.name };
}
