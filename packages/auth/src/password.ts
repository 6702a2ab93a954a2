import { hash, parseOptions, verify } from "@node-rs/argon2";

/**
 * OWASP Password Storage Cheat Sheet, argon2id option 2: 19 MiB memory, 2 iterations, 1 lane.
 * About 30 ms per hash on the clinic's 2-core servers — slow for a guesser, unnoticeable at sign-in.
 */
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** @node-rs/argon2's `Algorithm.Argon2id` (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

/** Hashes a password with argon2id and a random salt; the PHC string carries the parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A hash that is not a PHC argon2 string (corrupt row, legacy import) can never match.
    return false;
  }
}

/**
 * True when a stored hash uses weaker parameters than today's, so it should be replaced with
 * `hashPassword(password)` right after a successful sign-in (the only moment we know the password).
 */
export function needsRehash(passwordHash: string): boolean {
  try {
    const options = parseOptions(passwordHash);
    return (
      options.algorithm !== ARGON2ID ||
      options.memoryCost < PASSWORD_HASH_OPTIONS.memoryCost ||
      options.timeCost < PASSWORD_HASH_OPTIONS.timeCost
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown email, so
 * response times do not reveal which emails have accounts. Always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password that no account has 6f1c2d");
  await verifyPassword(await dummyHash, password);
  return false;
}
