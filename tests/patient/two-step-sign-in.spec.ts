import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { submitSignIn, totpCode } from "../fixtures/sign-in";

test("a patient turns two-step sign-in on, signs in with a recovery code, and turns it off with a code", async ({ page }) => {
  const patient = newPatientIdentity();
  await signUpPatient(page, patient);

  await page.goto("/profile");
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
  await page.getByRole("link", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "turn on two-step sign-in");
  const secret = (await page.locator("[data-totp-secret]").innerText()).replace(/\s+/g, "");
  await page.getByLabel("6-digit code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  const codes = await page.locator("[data-recovery-code]").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "Back to your profile" }).click();
  await expect(page.getByText("On: we ask for a code from your authenticator app after your password.")).toBeVisible();

  await page.getByRole("button", { name: /sign out/i }).click();
  await expect(page.getByRole("button", { name: /sign out/i })).toHaveCount(0);
  await submitSignIn(page, "/sign-in", patient);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the patient's second sign-in step");
  // The appointments page waits for the code too.
  await page.goto("/appointments");
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await page.getByText("Lost your phone? Use a recovery code").click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Use recovery code" }).click();
  await expect(page).toHaveURL(/\/appointments/);

  // The enrolment's code is spent: the next 30-second code turns it off.
  await page.goto("/profile/two-step");
  await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  await page.getByRole("textbox", { name: /^6-digit code\s*\(required\)$/ }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("Two-step sign-in is off. Your password alone signs you in again.")).toBeVisible();
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
});
