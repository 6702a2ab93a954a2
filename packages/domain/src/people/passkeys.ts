import { z } from "zod";
import { freeText } from "../text/free-text";

/** Passkeys one account may hold: enough for every device a person uses, and a bound on the list. */
export const MAX_PASSKEYS_PER_ACCOUNT = 10;

/** A passkey challenge is answered within this long (the browser's own prompt times out sooner). */
export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60_000;

export const PASSKEY_NAME_MAX_LENGTH = 60;

/** The name a person gives a passkey so they can tell them apart ("Work laptop"). */
export const passkeyNameInput = freeText()
  .transform((name) => name.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Give the passkey a name, such as the device it is on.")
      .max(PASSKEY_NAME_MAX_LENGTH, `Keep the name to at most ${PASSKEY_NAME_MAX_LENGTH} characters.`),
  );

export type PasskeyRefusal = "no_authenticator" | "too_many";

/**
 * Whether this account may add a passkey now, and if not, why. A passkey is an additional second factor:
 * the authenticator app stays the fallback (and recovery codes hang on it), so only an account with a
 * confirmed app may add one, up to MAX_PASSKEYS_PER_ACCOUNT.
 */
export function passkeyRegistrationRefusal(account: { totpEnabled: boolean; passkeyCount: number }): PasskeyRefusal | null {
  if (!account.totpEnabled) return "no_authenticator";
  if (account.passkeyCount >= MAX_PASSKEYS_PER_ACCOUNT) return "too_many";
  return null;
}
