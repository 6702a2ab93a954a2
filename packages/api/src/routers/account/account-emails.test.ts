import { describe, expect, it } from "vitest";
import { alreadyRegisteredMessage, passwordResetMessage, verifyEmailMessage } from "./account-emails";

describe("account emails", () => {
  it("greet the patient by name in text and escaped HTML, with the link in both", () => {
    const email = verifyEmailMessage(`Ana <b>"O'Neil"</b>`, "https://book.example/verify-email?token=abc");
    expect(email.textBody).toContain(`Hello Ana <b>"O'Neil"</b>,`);
    expect(email.textBody).toContain("\nhttps://book.example/verify-email?token=abc");
    expect(email.htmlBody).toContain("Hello Ana &#60;b&#62;&#34;O&#39;Neil&#34;&#60;/b&#62;,");
    expect(email.htmlBody).toContain('<a href="https://book.example/verify-email?token=abc">');
    expect(email.htmlBody).not.toContain("<b>");
    expect(email.subject).toBe("Confirm your email for Riverbend Pain & Wellness");
  });

  it("tell a staff or disabled account's owner to call instead of offering patient links", () => {
    const email = alreadyRegisteredMessage("Tom", null);
    expect(email.textBody).not.toContain("http");
    expect(email.textBody).toContain("call us at");
    expect(alreadyRegisteredMessage("Pat", { signIn: "https://x/sign-in", forgotPassword: "https://x/forgot-password" }).textBody).toContain(
      "https://x/forgot-password",
    );
  });

  it("say how long a reset link works", () => {
    expect(passwordResetMessage("Pat", "https://x/reset-password?token=t").textBody).toContain("for 30 minutes");
  });
});
