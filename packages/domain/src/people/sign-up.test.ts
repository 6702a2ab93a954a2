import { describe, expect, it } from "vitest";
import { signUpInput } from "./sign-up";

describe("signUpInput", () => {
  it("trims name and email", () => {
    const parsed = signUpInput.parse({ name: "  Ada Lovelace ", email: " ada@example.com ", password: "correct horse battery" });
    expect(parsed).toEqual({ name: "Ada Lovelace", email: "ada@example.com", password: "correct horse battery" });
  });

  it("explains each bad field", () => {
    const result = signUpInput.safeParse({ name: "", email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(byField).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like name@example.com.",
      password: "Use at least 10 characters.",
    });
  });
});
