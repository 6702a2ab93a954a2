import { expect, test } from "@playwright/test";
import { patientSite } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { latestEmailTo, linkIn } from "../fixtures/outbox";
import { submitSignIn } from "../fixtures/sign-in";

test("forgotten password: the reset email is in the outbox, the new password works, the old one and old sessions do not, the link works once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const patient = newPatientIdentity();
  const newPassword = `quiet-orchard-${patient.password.length}-beacon-river`;
  // A fresh account: demo accounts' passwords never change (other specs sign in with them in parallel).
  await signUpPatient(page, patient);

  // Another device stays signed in with the old password.
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await submitSignIn(laptopPage, patientSite("/sign-in"), patient);
  await expect(laptopPage.getByRole("button", { name: /sign out/i })).toBeVisible();

  await test.step("ask for a link from the sign-in page; an unknown email gets the very same answer", async () => {
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    for (const [tab, email] of [
      [strangerPage, `nobody-${Date.now()}@example.com`],
      [strangerPage, patient.email],
    ] as const) {
      await tab.goto(patientSite("/sign-in"));
      await tab.getByRole("link", { name: "Forgot your password?" }).click();
      await expect(tab.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
      await tab.getByLabel("Email").fill(email);
      await tab.getByRole("button", { name: "Email me a reset link" }).click();
      await expect(tab.getByText("If an account uses that address, we have sent it a link")).toBeVisible();
    }
    await expectNoSeriousA11yViolations(strangerPage, "forgot password, sent");
    await stranger.close();
  });

  const link = linkIn(await latestEmailTo(patient.email, "password-reset"), "/reset-password");

  await test.step("a weak password is refused beside the field; a good one is set", async () => {
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    await phonePage.goto(link);
    await expect(phonePage.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expectNoSeriousA11yViolations(phonePage, "reset password");
    await phonePage.getByLabel(/^New password/).fill("password123");
    await phonePage.getByRole("button", { name: "Set my new password" }).click();
    await expect(phonePage.getByText(/most common ones/)).toBeVisible();
    await phonePage.getByLabel(/^New password/).fill(newPassword);
    await phonePage.getByRole("button", { name: "Set my new password" }).click();
    await expect(phonePage.getByText("Your password is changed")).toBeVisible();

    // The link cannot be used twice.
    await phonePage.goto(link);
    await phonePage.getByLabel(/^New password/).fill(`${newPassword}-again`);
    await phonePage.getByRole("button", { name: "Set my new password" }).click();
    await expect(phonePage.getByText("This reset link has expired or was already used.")).toBeVisible();
    await expect(phonePage.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
    await phone.close();
  });

  await test.step("sessions opened with the old password are over", async () => {
    await laptopPage.goto(patientSite("/appointments"));
    await expect(laptopPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await page.goto(patientSite("/profile"));
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await laptop.close();
  });

  await test.step("the old password is refused, the new one works", async () => {
    await submitSignIn(page, patientSite("/sign-in"), patient);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
    await submitSignIn(page, patientSite("/sign-in"), { email: patient.email, password: newPassword });
    await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
  });
});
