import { postedText } from "@clinic/auth/sign-in-form";
import { passwordResetInput, passwordResetRequestInput } from "@clinic/domain/people/sign-up";
import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { createTRPCContext } from "./context";
import { requestPasswordReset } from "./routers/account/request-password-reset";
import { resetPassword } from "./routers/account/reset-password";
import { createCallerFactory, router } from "./trpc";

/**
 * The two public steps of a forgotten password, for both apps' server actions (the staff router
 * holds staff procedures only). The same procedures are `account.*` on the patient router.
 */
const accountRecoveryRouter = router({ requestPasswordReset, resetPassword });
const createAccountRecoveryCaller = createCallerFactory(accountRecoveryRouter);

const callerFor = (headers: Headers) => createAccountRecoveryCaller(createTRPCContext({ headers, user: null }));

export type ForgotPasswordState = { sent?: boolean; formError?: string; fieldErrors?: { email?: string }; values?: { email?: string } };
export type ResetPasswordState = { changed?: boolean; formError?: string; linkUsed?: boolean; fieldErrors?: { password?: string } };

/** The "Forgot your password?" form: the answer never says whether the email has an account (docs/decisions/0081). */
export async function submitForgotPasswordForm(headers: Headers, form: FormData): Promise<ForgotPasswordState> {
  const email = postedText(form, "email");
  const values = { email: email.slice(0, 320) };
  const parsed = passwordResetRequestInput.safeParse({ email });
  if (!parsed.success) return { fieldErrors: { email: z.flattenError(parsed.error).fieldErrors.email?.[0] }, values };
  try {
    await callerFor(headers).requestPasswordReset(parsed.data);
    return { sent: true };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "TOO_MANY_REQUESTS" || error.code === "BAD_REQUEST")) return { formError: error.message, values };
    console.error("asking for a password reset failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not send the link just now. Please try again in a moment.", values };
  }
}

/** The reset link's form: sets the new password with the posted token; every session of the account ends. */
export async function submitResetPasswordForm(headers: Headers, form: FormData): Promise<ResetPasswordState> {
  const parsed = passwordResetInput.safeParse({ token: postedText(form, "token"), password: postedText(form, "password") });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { formError: "This reset link is not complete. Open it from the email again.", linkUsed: true };
    return { fieldErrors: { password: fieldErrors.password?.[0] } };
  }
  try {
    await callerFor(headers).resetPassword(parsed.data);
    return { changed: true };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      if (error.cause instanceof ZodError) return { fieldErrors: { password: z.flattenError(error.cause as ZodError<{ password: string }>).fieldErrors.password?.[0] } };
      return { formError: error.message, linkUsed: true };
    }
    console.error("resetting a password failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not change your password just now. Please try again in a moment." };
  }
}
