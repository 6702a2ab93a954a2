import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { submitSignIn, totpCode } from "../fixtures/sign-in";

test("a patient with two-step sign-in adds a passkey, signs in with it instead of a code, and removes it", async ({ page }) => {
  const patient = newPatientIdentity();
  await signUpPatient(page, patient);
  // Chromium's virtual authenticator on this page (decision 0097).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });

  await page.goto("/profile/two-step");
  // No passkeys before the authenticator app: they are an addition to it.
  await expect(page.getByRole("button", { name: "Add a passkey" })).toHaveCount(0);
  const secret = (await page.locator("[data-totp-secret]").innerText()).replace(/\s+/g, "");
  await page.getByLabel("6-digit code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();

  await page.goto("/profile/two-step");
  await page.getByLabel("Name of the passkey").fill("My phone");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey “My phone” added." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText("not used yet");
  await expectNoSeriousA11yViolations(page, "two-step sign-in with a passkey");

  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page.getByRole("button", { name: /sign out/i })).toHaveCount(0);
  await submitSignIn(page, "/sign-in", patient);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/appointments/);

  await page.goto("/profile/two-step");
  await expect(page.getByRole("list", { name: "Your passkeys" })).toContainText(/last used \w/);
  await page.getByText("Remove My phone", { exact: true }).click();
  await page.getByRole("button", { name: "Yes, remove My phone" }).click();
  await expect(page.getByText("No passkeys yet.")).toBeVisible();
});
