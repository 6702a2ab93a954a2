import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { authEnv, type AuthEnv } from "./env";

/**
 * Authenticator secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from MFA_ENCRYPTION_KEY,
 * stored as `v1.<key id>.<iv>.<ciphertext+tag>` and bound to the user's id, so a copied row or a database
 * dump alone gives no codes, and a sealed secret moved to another account does not open.
 */
const FORMAT = "v1";
const KEY_INFO = "clinic-portal totp-secret v1";
/** Outside production without MFA_ENCRYPTION_KEY the key comes from AUTH_SECRET, under its own label. */
const FALLBACK_KEY_INFO = "clinic-portal totp-secret from AUTH_SECRET v1";
/** Rows written before sealing existed hold the base32 secret itself; they open as stale and are sealed on use. */
const PLAIN_BASE32 = /^[A-Z2-7]+=*$/;

type SealKey = { id: string; key: Buffer };
export type SealKeys = { current: SealKey; previous: readonly SealKey[] };

function deriveKey(material: string, info: string): SealKey {
  const key = Buffer.from(hkdfSync("sha256", material, "", info, 32));
  return { id: createHmac("sha256", key).update("key id").digest("hex").slice(0, 8), key };
}

const keysByEnv = new WeakMap<AuthEnv, SealKeys>();

/** The sealing key and the ones still accepted for opening (MFA_ENCRYPTION_KEY_PREVIOUS during a rotation). */
export function sealKeys(env: AuthEnv = authEnv()): SealKeys {
  let keys = keysByEnv.get(env);
  if (!keys) {
    keys = {
      current: env.MFA_ENCRYPTION_KEY ? deriveKey(env.MFA_ENCRYPTION_KEY, KEY_INFO) : deriveKey(env.AUTH_SECRET, FALLBACK_KEY_INFO),
      previous: env.MFA_ENCRYPTION_KEY_PREVIOUS ? [deriveKey(env.MFA_ENCRYPTION_KEY_PREVIOUS, KEY_INFO)] : [],
    };
    keysByEnv.set(env, keys);
  }
  return keys;
}

const associatedData = (keyId: string, userId: string) => Buffer.from(`${FORMAT}.${keyId}.${userId}`);

/** The stored form of `secret` for this user, under the current key (a fresh random IV each time). */
export function sealTotpSecret(secret: string, userId: string, keys: SealKeys = sealKeys()): string {
  const { id, key } = keys.current;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(associatedData(id, userId));
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [FORMAT, id, iv.toString("base64url"), sealed.toString("base64url")].join(".");
}

/** An opened secret; `stale` when it should be sealed again (legacy plain row, or a previous key). */
export type OpenedTotpSecret = { secret: string; stale: boolean };

/**
 * The secret inside a stored value, or null when it cannot be opened (unknown key, tampered, another
 * user's row). Null is treated as "no matching code"; an administrator can reset the authenticator.
 */
export function openTotpSecret(stored: string, userId: string, keys: SealKeys = sealKeys()): OpenedTotpSecret | null {
  if (PLAIN_BASE32.test(stored)) return { secret: stored, stale: true };
  const [format, keyId, iv, sealed, ...rest] = stored.split(".");
  if (format !== FORMAT || !keyId || !iv || !sealed || rest.length > 0) return null;
  const key = [keys.current, ...keys.previous].find((candidate) => candidate.id === keyId);
  if (!key) return null;
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length <= 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(associatedData(keyId, userId));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const secret = Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
    return { secret, stale: key !== keys.current };
  } catch {
    return null;
  }
}
