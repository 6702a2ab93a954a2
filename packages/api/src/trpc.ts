import { DomainError } from "@clinic/domain/errors/domain-error";
import { isStaffRole, type StaffRole } from "@clinic/domain/people/roles";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { initTRPC, TRPCError } from "@trpc/server";
import { transformer } from "./transformer";
import { z, ZodError, ZodRealError } from "zod";
import type { TRPCContext } from "./context";
import { recordAudit } from "@clinic/db/queries/audit";
import { describeForLog, GENERIC_FAILURE_MESSAGE, toClientError } from "./errors";
import { findInputProblem } from "./input-guard";

/** Who a procedure is for; the authorization matrix test checks each router holds only its own. */
export type ProcedureMeta = { audience: "public" | "patient" | "staff" };

/** What a client that sent something unreadable (bad JSON, malformed superjson) is told, instead of a raw JavaScript error. */
export const UNREADABLE_REQUEST_MESSAGE = "This request could not be read. Reload the page and try again.";

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      const zodError = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? error.cause : null;
      // The stack names files on the server; tRPC adds it outside production, we never send it.
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message: clientMessage(error, zodError, shape.message), data: { ...data, zodError: zodError && z.flattenError(zodError) } };
    },
  });

/** One human sentence for every refusal: never JSON of zod issues, a parser's message, or internals. */
function clientMessage(error: TRPCError, zodError: ZodError | null, message: string): string {
  // Backstop for failures outside procedures (e.g. building the context): never echo internals.
  if (error.code === "INTERNAL_SERVER_ERROR") return GENERIC_FAILURE_MESSAGE;
  if (zodError) return asSentence(zodError.issues[0]?.message ?? "Check the details you entered.");
  // tRPC reports JSON and superjson failures as BAD_REQUEST/PARSE_ERROR carrying the parser's own error.
  const readFailure = (error.code === "BAD_REQUEST" || error.code === "PARSE_ERROR") && error.cause instanceof Error && !(error.cause instanceof DomainError);
  return readFailure ? UNREADABLE_REQUEST_MESSAGE : message;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Refusals the audit trail records: someone asked for what they may not have. */
const REFUSAL_CODES: ReadonlySet<string> = new Set(["UNAUTHORIZED", "FORBIDDEN"]);

const mapErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok) return result;
  const clientError = toClientError(result.error, { path, requestId: ctx.requestId });
  if (REFUSAL_CODES.has(clientError.code)) await recordRefusal(ctx, { path, type, code: clientError.code, patientId: refusedPatientId(result.error) });
  throw clientError;
});

/** The patient record a refusal was about, when the domain error names one (e.g. NotYourPatient). */
function refusedPatientId(error: TRPCError): string | null {
  const patientId = error.cause instanceof DomainError ? error.cause.details?.patientId : undefined;
  return typeof patientId === "string" ? patientId : null;
}

/** A failed audit write must not turn a refusal into a 500: the refusal stands and the failure is logged. */
async function recordRefusal(ctx: TRPCContext, refused: { path: string; type: string; code: string; patientId: string | null }): Promise<void> {
  try {
    await recordAudit(ctx.db, ctx, {
      action: "access.refused",
      patientId: refused.patientId,
      metadata: { procedure: refused.path, type: refused.type, code: refused.code },
    });
  } catch (error) {
    console.error("api: could not record a refused call", { path: refused.path, requestId: ctx.requestId, error: describeForLog(error) });
  }
}

/** Rules no input may break, whatever its procedure's schema says (control characters, dates at the calendar's edges). */
const guardInput = t.middleware(async ({ getRawInput, next }) => {
  const problem = findInputProblem(await getRawInput());
  if (problem) {
    const issue = { code: "custom" as const, path: problem.path, message: problem.message, input: undefined };
    throw new TRPCError({ code: "BAD_REQUEST", message: problem.message, cause: new ZodRealError([issue]) });
  }
  return next();
});

const baseProcedure = t.procedure.use(mapErrors).use(guardInput);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ audience: "public" });

export const EMAIL_NOT_CONFIRMED_MESSAGE = "Please confirm your email address first: open the link we emailed you, or ask for a new one.";

export type PatientUser = SessionUser & { role: "patient"; patientId: string };
export type StaffUser = SessionUser & { role: StaffRole };

/** A signed-in patient with a patient profile; `ctx.user.patientId` is the only patient it may touch. */
export const patientProcedure = baseProcedure.meta({ audience: "patient" }).use(({ ctx, next }) => {
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  if (user.role !== "patient") {
    throw new TRPCError({ code: "FORBIDDEN", message: "This is only available to patients signed in to their own account." });
  }
  // An account gets its patient record when its email is confirmed (docs/decisions/0080).
  if (!user.patientId) throw new TRPCError({ code: "FORBIDDEN", message: EMAIL_NOT_CONFIRMED_MESSAGE });
  return next({ ctx: { user: { ...user, role: "patient", patientId: user.patientId } satisfies PatientUser } });
});

/**
 * A signed-in patient account, with or without a patient record: one whose email is not confirmed
 * yet has none (docs/decisions/0080). For the account itself only, never for patient data.
 */
export const patientAccountProcedure = baseProcedure.meta({ audience: "patient" }).use(({ ctx, next }) => {
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  if (user.role !== "patient") {
    throw new TRPCError({ code: "FORBIDDEN", message: "This is only available to patients signed in to their own account." });
  }
  return next({ ctx: { user: { ...user, role: "patient" as const } } });
});

/** A signed-in member of staff holding one of `roles`. */
export function staffProcedure(roles: readonly StaffRole[]) {
  return baseProcedure.meta({ audience: "staff" }).use(({ ctx, next }) => {
    const user = ctx.user;
    if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
    if (!isStaffRole(user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "This is only available to clinic staff." });
    }
    if (!roles.includes(user.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this. Ask an administrator if you need access." });
    }
    return next({ ctx: { user: { ...user, role: user.role } satisfies StaffUser } });
  });
}
