/**
 * A fresh key for one booking attempt. `crypto.randomUUID` exists only in secure contexts (https or
 * localhost), so a site reached over plain http on another host builds a v4 UUID from getRandomValues.
 */
export function newIdempotencyKey(source: Pick<Crypto, "getRandomValues"> & Partial<Pick<Crypto, "randomUUID">> = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Remembers the key of the current attempt: retrying the same choices (after a network error, say)
 * sends the same key, so the server books once; different choices start a new attempt.
 */
export function createAttemptKeys(generate: () => string = newIdempotencyKey) {
  let current: { identity: string; key: string } | null = null;
  return {
    keyFor(identity: string): string {
      if (current?.identity !== identity) current = { identity, key: generate() };
      return current.key;
    },
    /** After a refusal that needs new choices (a taken slot), or a success: the next try is a new attempt. */
    reset(): void {
      current = null;
    },
  };
}
