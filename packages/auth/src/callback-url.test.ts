import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInPath } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackUrl("/patients/123?tab=visits", "/")).toBe("/patients/123?tab=visits");
  });

  it.each([
    ["https://evil.example/", "an absolute URL"],
    ["//evil.example", "a protocol-relative URL"],
    ["/\\evil.example", "a backslash host"],
    ["/\t/evil.example", "a control character"],
    ["appointments", "a relative path"],
    ["/sign-in?callbackUrl=/x", "the sign-in page itself"],
    [undefined, "nothing"],
    [42, "a non-string"],
  ])("falls back for %s (%s)", (requested, _why) => {
    expect(safeCallbackUrl(requested, "/appointments")).toBe("/appointments");
  });
});

describe("signInPath", () => {
  it("asks to come back to a safe path, and drops unsafe or trivial ones", () => {
    expect(signInPath("/patients?q=ri va")).toBe("/sign-in?callbackUrl=%2Fpatients%3Fq%3Dri+va");
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
  });
});
