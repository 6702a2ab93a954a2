import { isStaffRole, type StaffRole } from "@clinic/domain/people/roles";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { initTRPC, TRPCError } from "@trpc/server";
import { transformer } from "./transformer";
import { z, ZodError } from "zod";
import type { TRPCContext } from "./context";
import { recordAudit } from "./audit";
import { describeForLog, GENERIC_FAILURE_MESSAGE, toClientError } from "./errors";

/** Who a procedure is for; the authorization matrix test checks each router holds only its own. */
export type ProcedureMeta = { audience: "public" | "patient" | "staff" };

const t = initTRPC
  .context<TRPCContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      const zodError = error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
      // Backstop for failures outside procedures (e.g. building the context): never echo internals.
      const message = error.code === "INTERNAL_SERVER_ERROR" ? GENERIC_FAILURE_MESSAGE : shape.message;
      return { ...shape, message, data: { ...shape.data, zodError } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Refusals the audit trail records: someone asked for what they may not have. */
const REFUSAL_CODES: ReadonlySet<string> = new Set(["UNAUTHORIZED", "FORBIDDEN"]);

const mapErrors = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (result.ok) return result;
  const clientError = toClientError(result.error, { path, requestId: ctx.requestId });
  if (REFUSAL_CODES.has(clientError.code)) await recordRefusal(ctx, { path, type, code: clientError.code });
  throw clientError;
});

/** A failed audit write must not turn a refusal into a 500: the refusal stands and the failure is logged. */
async function recordRefusal(ctx: TRPCContext, refused: { path: string; type: string; code: string }): Promise<void> {
  try {
    await recordAudit(ctx.db, ctx, { action: "access.refused", patientId: null, metadata: { procedure: refused.path, type: refused.type, code: refused.code } });
  } catch (error) {
    console.error("api: could not record a refused call", { path: refused.path, requestId: ctx.requestId, error: describeForLog(error) });
  }
}

const baseProcedure = t.procedure.use(mapErrors);

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ audience: "public" });

export type PatientUser = SessionUser & { role: "patient"; patientId: string };
export type StaffUser = SessionUser & { role: StaffRole };

/** A signed-in patient with a patient profile; `ctx.user.patientId` is the only patient it may touch. */
export const patientProcedure = baseProcedure.meta({ audience: "patient" }).use(({ ctx, next }) => {
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  if (user.role !== "patient" || !user.patientId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This is only available to patients signed in to their own account." });
  }
  return next({ ctx: { user: { ...user, role: "patient", patientId: user.patientId } satisfies PatientUser } });
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
