import { describe, expect, it } from "vitest";
import { welcomeEmail } from "./welcome-email";

describe("welcomeEmail", () => {
  it("greets the patient by name in text and escaped HTML", () => {
    const email = welcomeEmail(`Ana <b>"O'Neil"</b>`);
    expect(email.textBody).toContain(`Hello Ana <b>"O'Neil"</b>,`);
    expect(email.htmlBody).toContain("Hello Ana &#60;b&#62;&#34;O&#39;Neil&#34;&#60;/b&#62;,");
    expect(email.htmlBody).not.toContain("<b>");
    expect(email.subject).toBe("Welcome to Riverbend Pain & Wellness");
  });
});
