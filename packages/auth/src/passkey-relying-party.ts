/** Who the browser's WebAuthn ceremony is for: the registrable host (rpID) and the page origin it must come from. */
export type RelyingParty = { id: string; origin: string };

/**
 * This app's relying party, from the same place Auth.js builds its URLs: AUTH_URL when set, else the
 * request's (forwarded) Host when the Host may be trusted; null when neither (no passkeys then).
 * A passkey made for one rpID works only there, so a production app must keep one stable public URL.
 */
export function relyingPartyFor(settings: { authUrl?: string; trustHost: boolean }, headers: Headers): RelyingParty | null {
  if (settings.authUrl) return fromUrl(settings.authUrl);
  if (!settings.trustHost) return null;
  // As Auth.js reads them behind a trusted proxy: the first forwarded value, else the request's own.
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (!host) return null;
  const proto = firstValue(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return fromUrl(`${proto}://${host}`);
}

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

function fromUrl(value: string): RelyingParty | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) return null;
  // WebAuthn refuses plain http except on localhost; the browser says so, no need to guess here.
  return { id: url.hostname.replace(/^\[|\]$/g, ""), origin: url.origin };
}
