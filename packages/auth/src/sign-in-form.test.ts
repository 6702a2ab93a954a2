import { describe, expect, it } from "vitest";
import { signInPageState } from "./sign-in-form";

describe("signInPageState", () => {
  it("keeps a same-site callback and explains a refusal code from Auth.js", () => {
    expect(signInPageState({ callbackUrl: "/patients", code: "throttled" }, "staff", "/")).toEqual({
      callbackUrl: "/patients",
      initialError: "Too many sign-in attempts. Try again in 15 minutes.",
    });
  });

  it("ignores foreign callbacks, repeated parameters and unknown codes", () => {
    expect(signInPageState({ callbackUrl: "https://evil.example", code: "bogus" }, "patient", "/appointments")).toEqual({
      callbackUrl: "/appointments",
    });
    expect(signInPageState({ callbackUrl: ["/a", "/b"] }, "patient", "/appointments")).toEqual({
      callbackUrl: "/appointments",
    });
  });
});
