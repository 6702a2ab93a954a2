import { postedText } from "@clinic/auth/sign-in-form";
import { changePasswordInput } from "@clinic/domain/people/sign-up";
import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";

export type ChangePasswordState = {
  changed?: boolean;
  sessionsEnded?: number;
  formError?: string;
  fieldErrors?: { currentPassword?: string; newPassword?: string };
};

type ChangePassword = (input: z.infer<typeof changePasswordInput>) => Promise<{ sessionsEnded: number }>;

function fieldMessages(error: ZodError): ChangePasswordState["fieldErrors"] {
  const { fieldErrors } = z.flattenError(error as ZodError<{ currentPassword: string; newPassword: string }>);
  return { currentPassword: fieldErrors.currentPassword?.[0], newPassword: fieldErrors.newPassword?.[0] };
}

/**
 * The change-password form of both apps (patient profile, staff "my account"): `changePassword` is the
 * app's procedure on a caller made before this runs (so a missing session redirects in the app, not here).
 */
export async function submitChangePasswordForm(changePassword: ChangePassword, form: FormData): Promise<ChangePasswordState> {
  const parsed = changePasswordInput.safeParse({ currentPassword: postedText(form, "currentPassword"), newPassword: postedText(form, "newPassword") });
  if (!parsed.success) return { fieldErrors: fieldMessages(parsed.error) };
  try {
    const { sessionsEnded } = await changePassword(parsed.data);
    return { changed: true, sessionsEnded };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return error.cause instanceof ZodError ? { fieldErrors: fieldMessages(error.cause) } : { fieldErrors: { currentPassword: error.message } };
    }
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return { formError: "Your session has ended. Please sign in again." };
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") return { formError: error.message };
    console.error("changing a password failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "We could not change your password just now. Please try again in a moment." };
  }
}
