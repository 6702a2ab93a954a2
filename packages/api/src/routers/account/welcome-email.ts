import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";

export type WelcomeEmail = { template: "welcome"; subject: string; textBody: string; htmlBody: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The email a new patient receives. It holds no password, token or health information: it only
 * confirms that an account exists, so a mistyped address leaks nothing.
 */
export function welcomeEmail(name: string): WelcomeEmail {
  const clinic = CLINIC_PROFILE.name;
  const lines = [
    `Hello ${name},`,
    "",
    `Welcome to ${clinic}. Your patient account is ready: you can sign in to see your appointments and keep your contact details up to date.`,
    "",
    `If you did not create this account, call us at ${CLINIC_PROFILE.phone} and we will close it.`,
    "",
    `— The ${clinic} team`,
  ];
  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    `<p>Welcome to ${escapeHtml(clinic)}. Your patient account is ready: you can sign in to see your appointments and keep your contact details up to date.</p>`,
    `<p>If you did not create this account, call us at ${escapeHtml(CLINIC_PROFILE.phone)} and we will close it.</p>`,
    `<p>— The ${escapeHtml(clinic)} team</p>`,
  ];
  return { template: "welcome", subject: `Welcome to ${clinic}`, textBody: lines.join("\n"), htmlBody: html.join("\n") };
}
