import { z } from "zod";
import { DomainError } from "../errors/domain-error";
import { passwordSchema } from "./password-policy";
import { STAFF_ROLES } from "./roles";
import { emailSchema, personNameSchema } from "./sign-up";

/** An invitation link works for 72 hours, once (issue 12 §1). */
export const INVITATION_TTL_MS = 72 * 60 * 60_000;

export const staffInvitationInput = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: z.enum(STAFF_ROLES, { error: "Choose a role from the list." }),
    /** Role provider: the provider profile the account works as (their calendar, visits and patients). */
    providerId: z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid("Choose a provider from the list.").optional()),
  })
  .superRefine((value, ctx) => {
    if (value.role === "provider" && !value.providerId) {
      ctx.addIssue({ code: "custom", path: ["providerId"], message: "Choose which provider this account belongs to." });
    }
  })
  .transform((value) => (value.role === "provider" ? value : { ...value, providerId: undefined }));
export type StaffInvitationInput = z.infer<typeof staffInvitationInput>;

export const invitationIdInput = z.object({ invitationId: z.uuid("Choose an invitation.") });

/** The form the invitee fills in: a password (the usual policy) typed twice. */
export const acceptInvitationInput = z
  .object({ password: passwordSchema, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords are not the same." });

export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

export function invitationStatus(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** Resend and revoke apply to invitations nobody accepted or revoked yet (an expired one may be resent). */
export function checkInvitationOpen(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null, now: Date): void {
  if (!invitation) throw new DomainError("not_found", "That invitation was not found.");
  const status = invitationStatus(invitation, now);
  if (status === "accepted") throw new DomainError("conflict", "That invitation was already accepted.");
  if (status === "revoked") throw new DomainError("conflict", "That invitation was revoked.");
}

/** What the invitee sees for a link that no longer works: one sentence, the same for unknown and used links. */
export const INVITATION_UNUSABLE = "This invitation link is not valid any more: it was used, revoked or is older than 72 hours. Ask the administrator who invited you for a new one.";
