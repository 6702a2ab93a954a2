import { describe, expect, it, vi } from "vitest";
import { applyServerFieldErrors } from "./server-field-errors";

describe("applyServerFieldErrors", () => {
  it("puts the first message of each known field on that field and focuses the first", () => {
    const setError = vi.fn();
    const applied = applyServerFieldErrors(
      { phone: ["A phone number has 7 to 15 digits.", "second"], dateOfBirth: ["Check the year of birth."], other: ["x"] },
      setError,
    );
    expect(applied).toBe(true);
    expect(setError).toHaveBeenCalledTimes(2);
    expect(setError).toHaveBeenNthCalledWith(1, "phone", { type: "server", message: "A phone number has 7 to 15 digits." }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, "dateOfBirth", { type: "server", message: "Check the year of birth." }, { shouldFocus: false });
  });

  it("reports false when the error carried no field messages", () => {
    const setError = vi.fn();
    expect(applyServerFieldErrors(undefined, setError)).toBe(false);
    expect(applyServerFieldErrors({}, setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
