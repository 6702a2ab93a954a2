const EMAIL_ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const MAX_LENGTH = 500;

/**
 * The `last_error` of a failed send, readable by an administrator: the SMTP code and reply or the
 * network error, without any email address (SMTP replies often quote the rejected recipient, e.g.
 * "550 5.1.1 <alex@example.com>: user unknown"), and never the message itself.
 */
export function describeSendError(error: unknown): string {
  if (!(error instanceof Error)) return "The mail transport failed without saying why.";
  const fields = error as Error & { code?: unknown; responseCode?: unknown };
  const code = typeof fields.code === "string" ? fields.code : null;
  const responseCode = typeof fields.responseCode === "number" ? `SMTP ${fields.responseCode}` : null;
  const prefix = [code, responseCode].filter(Boolean).join(", ");
  const message = error.message.replace(EMAIL_ADDRESS, "<address>").replace(/\s+/g, " ").trim();
  const text = prefix ? `${prefix}: ${message}` : message || error.name;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
