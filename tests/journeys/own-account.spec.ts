import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { submitSignIn } from "../fixtures/sign-in";

test("a patient sees their sessions, signs the others out, and changes their password (the current one first)", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const patient = newPatientIdentity();
  const newPassword = `copper-lantern-${patient.password.length}-harbor-mist`;
  await signUpPatient(page, patient);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const signInOther = async (password: string) => {
    await submitSignIn(otherPage, patientSite("/sign-in"), { email: patient.email, password });
    await expect(otherPage.getByRole("button", { name: /sign out/i })).toBeVisible();
  };

  await test.step("both devices are listed; signing the others out ends the other one", async () => {
    await signInOther(patient.password);
    await page.goto(patientSite("/profile"));
    const sessions = page.getByRole("list", { name: "Your active sessions" }).getByRole("listitem");
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: "(this device)" })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, "profile with sessions and password");
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(sessions).toHaveCount(1);
    await expect(page.getByText("You are signed in on this device only.")).toBeVisible();
    await otherPage.goto(patientSite("/appointments"));
    await expect(otherPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  });

  await test.step("a wrong current password is refused beside its field", async () => {
    await page.getByLabel(/^Current password/).fill("not my password at all");
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your current password is not right.")).toBeVisible();
  });

  await test.step("the right one changes it: this device stays signed in, the other is signed out, the old password no longer works", async () => {
    await signInOther(patient.password);
    await page.getByLabel(/^Current password/).fill(patient.password);
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password is changed. 1 other session was signed out.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await otherPage.goto(patientSite("/appointments"));
    await expect(otherPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await submitSignIn(otherPage, patientSite("/sign-in"), patient);
    await expect(otherPage.getByText("Email or password is incorrect.")).toBeVisible();
    await signInOther(newPassword);
    await other.close();
  });
});

test("a member of staff opens My account from the header and sees this device among their sessions", async ({ page }) => {
  // Look only: demo accounts are shared with specs running in parallel, so nothing is changed or signed out here.
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("link", { name: "My account: Tom Becker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Your active sessions" }).getByText("(this device)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Change password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "staff my account");
});
