import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Words of this service that NIST SP 800-63B asks us to refuse besides breached passwords;
 * compared lower-cased.
 */
const CONTEXT_PASSWORDS = ["clinic12345", "patient123", "painclinic1", "riverbend123", "riverbendpain"];

/**
 * Whether `password` (compared lower-cased) is on the blocklist: the 49,000 most common passwords
 * of public breaches as maintained by zxcvbn-ts (@zxcvbn-ts/language-common), plus this service's words.
 * Only entries of `minLength`+ characters are kept in memory: shorter ones fail the length rule first.
 */
export function isCommonPassword(password: string, minLength: number): boolean {
  return commonPasswords(minLength).has(password.toLowerCase());
}

let blocklist: { minLength: number; entries: ReadonlySet<string> } | undefined;

function commonPasswords(minLength: number): ReadonlySet<string> {
  if (blocklist?.minLength !== minLength) {
    const breached = dictionary["passwords-common"] as readonly string[];
    const entries = new Set([...breached, ...CONTEXT_PASSWORDS].map((entry) => entry.toLowerCase()).filter((entry) => entry.length >= minLength));
    blocklist = { minLength, entries };
  }
  return blocklist.entries;
}

/** How many passwords the blocklist is drawn from (for tests and the decision record). */
export function blocklistSourceSize(): number {
  return (dictionary["passwords-common"] as readonly string[]).length;
}
