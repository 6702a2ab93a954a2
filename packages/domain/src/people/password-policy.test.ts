import { describe, expect, it } from "vitest";
import { blocklistSourceSize } from "./common-passwords";
import { passwordProblem, passwordSchema } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses passwords shorter than 10 characters with the rule in words", () => {
    expect(passwordProblem("short-pw1")).toBe("Use at least 10 characters.");
  });

  it("accepts exactly 10 and exactly 128 characters", () => {
    expect(passwordProblem("a".repeat(9) + "Z")).toBeNull();
    expect(passwordProblem("x".repeat(127) + "!")).toBeNull();
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblem("x".repeat(129))).toBe("Use at most 128 characters.");
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("Password123")).toMatch(/most common/);
    expect(passwordProblem("QWERTYUIOP")).toMatch(/most common/);
  });

  it("draws on a maintained list of at least 10,000 breached passwords, plus this service's words", () => {
    expect(blocklistSourceSize()).toBeGreaterThanOrEqual(10_000);
    // Deep in the list, not among the few dozen a hand-typed list would hold.
    for (const breached of ["playstation3", "Cosmopolitan", "1qaz2wsx3edc", "iloveyou12"]) expect(passwordProblem(breached)).toMatch(/most common/);
    expect(passwordProblem("RiverbendPain")).toMatch(/most common/);
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });

  it("feeds the same message to the zod schema", () => {
    const result = passwordSchema.safeParse("1234567890");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/most common/);
  });
});
