import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at the OWASP parameters and a random salt", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    await expect(verifyPassword(stored, "correct horse battery")).resolves.toBe(true);
    await expect(verifyPassword(stored, "Correct horse battery")).resolves.toBe(false);
    await expect(verifyPassword(stored, "")).resolves.toBe(false);
  });

  it("treats a malformed stored hash as a mismatch, not an error", async () => {
    await expect(verifyPassword("not-a-hash", "anything at all")).resolves.toBe(false);
  });

  it("asks for a rehash only when the stored parameters are weaker than today's", async () => {
    expect(needsRehash(await hashPassword("correct horse battery"))).toBe(false);
    expect(needsRehash(await hash("correct horse battery", { memoryCost: 4096, timeCost: 1 }))).toBe(true);
    expect(needsRehash("garbage")).toBe(true);
  });

  it("the dummy check never succeeds", async () => {
    await expect(verifyDummyPassword("dummy password that no account has 6f1c2d")).resolves.toBe(false);
  });
});
