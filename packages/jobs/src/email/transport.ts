import nodemailer, { type Transporter } from "nodemailer";
import type JSONTransport from "nodemailer/lib/json-transport";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { EmailEnv } from "../env";

export type MailTransport = Transporter;

/**
 * The way email leaves this process.
 *
 * - With `SMTP_URL` (smtp://user:pass@host:587 or smtps://…:465): real delivery through that server.
 * - Without it (development, CI): nodemailer's `jsonTransport`, which only serialises the message and
 *   sends NOTHING anywhere. The outbox still moves to "sent", and the staff app's Outbox page
 *   (admins only) is where a person reads what would have gone out.
 *
 * Every message gets `EMAIL_FROM` as its From header.
 */
export function createMailTransport(env: Pick<EmailEnv, "SMTP_URL" | "EMAIL_FROM">): MailTransport {
  if (!env.SMTP_URL) {
    // The typings want the transport's own options repeated in the defaults; nodemailer does not.
    return nodemailer.createTransport({ jsonTransport: true }, { from: env.EMAIL_FROM } as JSONTransport.Options);
  }
  // Built here rather than from `{ url }`: createTransport would replace these options with the URL's.
  const smtp = new SMTPTransport({
    url: env.SMTP_URL,
    // nodemailer waits up to 10 minutes for a silent socket by default; a send must give up well
    // before the outbox takes a "sending" row for abandoned (STUCK_SENDING_AFTER_MS) and retries it.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return nodemailer.createTransport(smtp, { from: env.EMAIL_FROM });
}
