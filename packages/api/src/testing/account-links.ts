/** The token of the first `/page?token=…` link in an email's text (what the patient would click). */
export function linkTokenIn(textBody: string, page: "verify-email" | "reset-password"): string {
  const match = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`).exec(textBody);
  if (!match?.[1]) throw new Error(`no /${page} link in the email`);
  return match[1];
}
