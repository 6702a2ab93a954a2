"use server";

import { staffAccountChangeInput } from "@clinic/domain/people/staff-account-change";
import { invitationIdInput, staffInvitationInput } from "@clinic/domain/people/staff-invitation";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { z, type ZodError } from "zod";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller } from "~/trpc/server";

/** The outcomes the page can announce after a change (codes only: no names in the URL). */
export type ChangeNotice = "role" | "disable" | "enable" | "reset_second_factor" | "self" | "missing" | "invalid";

/** One form per action on the page posts here (works without JavaScript); the procedure authorizes and audits. */
export async function changeStaffAccountAction(formData: FormData): Promise<void> {
  const parsed = staffAccountChangeInput.safeParse(Object.fromEntries(formData));
  let notice: ChangeNotice;
  if (!parsed.success) {
    notice = "invalid";
  } else {
    const caller = await getCaller();
    notice = await caller.staffAccounts.change(parsed.data).then(
      () => parsed.data.kind,
      (error: unknown) => {
        const code = trpcErrorCode(error);
        if (code === "FORBIDDEN") return "self" as const;
        if (code === "NOT_FOUND") return "missing" as const;
        if (code === "BAD_REQUEST") return "invalid" as const;
        throw error;
      },
    );
  }
  redirect(`/staff-accounts?done=${notice}`);
}

export type InviteField = "email" | "name" | "role" | "providerId";
export type InviteFormState = {
  formError?: string;
  fieldErrors?: Partial<Record<InviteField, string>>;
  values?: Partial<Record<InviteField, string>>;
  /** Set after an invitation went out; the form is empty again. */
  sent?: string;
};

/** The invitation form: the procedure validates, authorizes, emails the link and audits. */
export async function inviteStaffAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const raw = {
    email: String(formData.get("email") ?? ""),
    name: String(formData.get("name") ?? ""),
    role: String(formData.get("role") ?? ""),
    providerId: String(formData.get("providerId") ?? "") || undefined,
  };
  const values = { email: raw.email.slice(0, 320), name: raw.name.slice(0, 200), role: raw.role, providerId: raw.providerId ?? "" };
  const parsed = staffInvitationInput.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as ZodError<Record<InviteField, unknown>>);
    return {
      fieldErrors: { email: fieldErrors.email?.[0], name: fieldErrors.name?.[0], role: fieldErrors.role?.[0], providerId: fieldErrors.providerId?.[0] },
      values,
    };
  }
  const caller = await getCaller();
  try {
    await caller.staffAccounts.invite(parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    const code = trpcErrorCode(error);
    if (code === "CONFLICT" || code === "BAD_REQUEST") return { formError: (error as Error).message, values };
    throw error;
  }
  revalidatePath("/staff-accounts");
  return { sent: `An invitation was emailed to ${parsed.data.email}. The link works once, for 72 hours.` };
}

export type InvitationNotice = "resent" | "revoked" | "closed" | "missing";

/** Resend or revoke one open invitation (one small form per button; works without JavaScript). */
export async function invitationAction(formData: FormData): Promise<void> {
  const parsed = invitationIdInput.safeParse({ invitationId: formData.get("invitationId") });
  const kind = formData.get("kind") === "revoke" ? "revoke" : "resend";
  let notice: InvitationNotice = "missing";
  if (parsed.success) {
    const caller = await getCaller();
    const call = kind === "revoke" ? caller.staffAccounts.revokeInvitation(parsed.data) : caller.staffAccounts.resendInvitation(parsed.data);
    notice = await call.then(
      () => (kind === "revoke" ? ("revoked" as const) : ("resent" as const)),
      (error: unknown) => {
        const code = trpcErrorCode(error);
        if (code === "CONFLICT") return "closed" as const;
        if (code === "NOT_FOUND" || code === "BAD_REQUEST") return "missing" as const;
        throw error;
      },
    );
  }
  redirect(`/staff-accounts?invitation=${notice}`);
}
