import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";

export type AccountEmail = {
  template: "verify-email" | "already-registered" | "password-reset" | "password-changed";
  subject: string;
  textBody: string;
  htmlBody: string;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Paragraphs as text and HTML; a paragraph may end with a link shown on its own line. */
function render(template: AccountEmail["template"], subject: string, paragraphs: { text: string; link?: string }[]): AccountEmail {
  const clinic = CLINIC_PROFILE.name;
  const all = [...paragraphs, { text: `— The ${clinic} team` }];
  const textBody = all.map((p) => (p.link ? `${p.text}\n${p.link}` : p.text)).join("\n\n");
  const htmlBody = all
    .map((p) =>
      p.link ? `<p>${escapeHtml(p.text)}<br><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a></p>` : `<p>${escapeHtml(p.text)}</p>`,
    )
    .join("\n");
  return { template, subject, textBody, htmlBody };
}

const notYou = () => `If this was not you, you can ignore this email, or call us at ${CLINIC_PROFILE.phone}.`;

/** Sent on sign-up: the link proves the mailbox is the patient's before any visit is booked. */
export function verifyEmailMessage(name: string, link: string): AccountEmail {
  return render("verify-email", `Confirm your email for ${CLINIC_PROFILE.name}`, [
    { text: `Hello ${name},` },
    { text: "Please confirm this is your email address to finish creating your patient account. The link works once, for 24 hours:", link },
    { text: notYou() },
  ]);
}

/**
 * Sent instead of a verification link when someone signs up with an address that has an account:
 * the page they saw was the same, so only the mailbox owner learns the account exists.
 */
export function alreadyRegisteredMessage(name: string, links: { signIn: string; forgotPassword: string } | null): AccountEmail {
  const paragraphs = links
    ? [
        { text: `Hello ${name},` },
        { text: "Someone, probably you, tried to create a patient account with this email address. You already have one, so nothing new was created. Sign in here:", link: links.signIn },
        { text: "Forgotten your password? Choose a new one here:", link: links.forgotPassword },
        { text: notYou() },
      ]
    : [
        { text: `Hello ${name},` },
        { text: "Someone tried to create a patient account with this email address, which already belongs to an account at the clinic. Nothing new was created." },
        { text: `If you need a patient account, call us at ${CLINIC_PROFILE.phone}.` },
      ];
  return render("already-registered", `You already have an account with ${CLINIC_PROFILE.name}`, paragraphs);
}

/** The reset link (30 minutes, single use). */
export function passwordResetMessage(name: string, link: string): AccountEmail {
  return render("password-reset", `Reset your ${CLINIC_PROFILE.name} password`, [
    { text: `Hello ${name},` },
    { text: "We received a request to reset your password. Choose a new one here; the link works once, for 30 minutes:", link },
    { text: "If you did not ask for this, ignore this email: your password stays as it is." },
  ]);
}

/** Tells the owner their password changed, so a takeover does not go unnoticed. */
export function passwordChangedMessage(name: string): AccountEmail {
  return render("password-changed", `Your ${CLINIC_PROFILE.name} password was changed`, [
    { text: `Hello ${name},` },
    { text: "The password of your account was just changed, and every other device was signed out." },
    { text: `If this was not you, call us at ${CLINIC_PROFILE.phone} straight away.` },
  ]);
}
