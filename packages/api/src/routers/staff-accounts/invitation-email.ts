import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { ROLE_LABELS, type StaffRole } from "@clinic/domain/people/roles";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The invitation email: the single-use link, what it is for, and that it expires in 72 hours. */
export function invitationEmail(invitation: { name: string; role: StaffRole; link: string; invitedByName: string }) {
  const clinic = CLINIC_PROFILE.name;
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  const lines = [
    `Hello ${invitation.name},`,
    "",
    `${invitation.invitedByName} invited you to the ${clinic} staff admin as ${role}. Open this link to choose your password and set up two-step sign-in with an authenticator app:`,
    "",
    invitation.link,
    "",
    "The link works once and expires in 72 hours. If you did not expect this email, ignore it.",
    "",
    `— ${clinic}`,
  ];
  const html = [
    `<p>Hello ${escapeHtml(invitation.name)},</p>`,
    `<p>${escapeHtml(invitation.invitedByName)} invited you to the ${escapeHtml(clinic)} staff admin as ${escapeHtml(role)}. Open this link to choose your password and set up two-step sign-in with an authenticator app:</p>`,
    `<p><a href="${escapeHtml(invitation.link)}">${escapeHtml(invitation.link)}</a></p>`,
    "<p>The link works once and expires in 72 hours. If you did not expect this email, ignore it.</p>",
    `<p>— ${escapeHtml(clinic)}</p>`,
  ];
  return { template: "staff_invitation", subject: `Your ${clinic} staff account`, textBody: lines.join("\n"), htmlBody: html.join("\n") };
}
