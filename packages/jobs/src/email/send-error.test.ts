import { describe, expect, it } from "vitest";
import { describeSendError } from "./send-error";

describe("describeSendError", () => {
  it("keeps the SMTP code and reply but not the recipient's address", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <alex.rivera@example.com>: user unknown"), {
      code: "EENVELOPE",
      responseCode: 550,
    });
    const text = describeSendError(error);
    expect(text).toBe("EENVELOPE, SMTP 550: Can't send mail - all recipients were rejected: 550 5.1.1 <<address>>: user unknown");
    expect(text).not.toContain("alex");
  });

  it("describes network errors", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:587"), { code: "ESOCKET" });
    expect(describeSendError(error)).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:587");
  });

  it("bounds the length and handles things that are not errors", () => {
    expect(describeSendError(new Error("x".repeat(2000))).length).toBe(500);
    expect(describeSendError("boom")).toBe("The mail transport failed without saying why.");
  });
});
