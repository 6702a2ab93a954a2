import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { STAFF_ADMIN_URL } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { latestEmailTo, linkIn } from "../fixtures/outbox";
import { completeSecondStep, submitSignIn } from "../fixtures/sign-in";
import { acceptInvitationAndEnrol, invitationLink, inviteFrontDesk } from "../fixtures/staff-invitations";

test("staff forgotten password: the link goes to the staff admin, the new password still needs the authenticator code, the old one and the link stop working", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  // A fresh account: demo accounts' passwords never change (other specs sign in with them in parallel).
  const person = { name: `Rhea Reset ${stamp}`, email: `rhea.${stamp}@example.test`, password: `first-password-${stamp}-harbour` };
  const newPassword = `second-password-${stamp}-lantern`;

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await inviteFrontDesk(page, person);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const secret = await acceptInvitationAndEnrol(staff, await invitationLink(person.email), person.password);

  await test.step("ask for a link from the sign-in page; an unknown email gets the very same answer", async () => {
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    for (const email of [`nobody-${stamp}@example.test`, person.email]) {
      await strangerPage.goto(`${STAFF_ADMIN_URL}/sign-in`);
      await strangerPage.getByRole("link", { name: "Forgot your password?" }).click();
      await expect(strangerPage.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
      await expectNoSeriousA11yViolations(strangerPage, "staff forgot password");
      await strangerPage.getByLabel("Email").fill(email);
      await strangerPage.getByRole("button", { name: "Email me a reset link" }).click();
      await expect(strangerPage.getByText("If an account uses that address, we have sent it a link")).toBeVisible();
    }
    await stranger.close();
  });

  const link = linkIn(await latestEmailTo(person.email, "password-reset"), "/reset-password");
  expect(new URL(link).origin).toBe(new URL(STAFF_ADMIN_URL).origin);

  await test.step("the link opens the staff admin's form, takes the token out of the address and sets the password once", async () => {
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    await phonePage.goto(link);
    await expect(phonePage.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expect(phonePage).toHaveURL(`${STAFF_ADMIN_URL}/reset-password`);
    await expectNoSeriousA11yViolations(phonePage, "staff reset password");
    await phonePage.getByLabel(/^New password/).fill(newPassword);
    await phonePage.getByRole("button", { name: "Set my new password" }).click();
    await expect(phonePage.getByText("Your password is changed")).toBeVisible();

    await phonePage.goto(link);
    await phonePage.getByLabel(/^New password/).fill(`${newPassword}-again`);
    await phonePage.getByRole("button", { name: "Set my new password" }).click();
    await expect(phonePage.getByText("This reset link has expired or was already used.")).toBeVisible();
    await phone.close();
  });

  await test.step("the session opened before the reset is over", async () => {
    await staff.goto("/patients");
    await expect(staff).toHaveURL(/\/sign-in/);
  });

  await test.step("the old password is refused; the new one leads to the authenticator code, which lets them in", async () => {
    await submitSignIn(staff, "/sign-in", person);
    await expect(staff.getByText("Email or password is incorrect.")).toBeVisible();
    await submitSignIn(staff, "/sign-in", { email: person.email, password: newPassword });
    await completeSecondStep(staff, secret);
    await expect(staff.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  await staffContext.close();
});

test("staff forgot password works with JavaScript off and puts no email in the URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `no-js-${Date.now().toString(36)}@example.test`;
  await page.goto(`${STAFF_ADMIN_URL}/forgot-password`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("If an account uses that address, we have sent it a link")).toBeVisible();
  expect(page.url()).not.toContain(encodeURIComponent(email));
  expect(page.url()).not.toContain(email);
  await context.close();
});
