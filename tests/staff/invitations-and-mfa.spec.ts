import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn, totpCode } from "../fixtures/sign-in";
import { invitationLink, inviteFrontDesk } from "../fixtures/staff-invitations";

test("an administrator invites a front-desk user, who sets a password, enrols an authenticator and signs in; disabling them signs them out", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const person = { name: `Ines Invited ${stamp}`, email: `ines.${stamp}@example.test`, password: `welcome-to-riverbend-${stamp}` };

  await test.step("the administrator sends the invitation", async () => {
    await submitSignIn(page, "/sign-in", demoAccount("admin"));
    await inviteFrontDesk(page, person);
    await expectNoSeriousA11yViolations(page, "staff accounts with an open invitation");
  });

  const link = await invitationLink(person.email);
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  let recoveryCodes: string[] = [];

  await test.step("the invitee chooses a password", async () => {
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1, name: "Your staff account" })).toBeVisible();
    await expect(invitee.getByText(person.email)).toBeVisible();
    await expectNoSeriousA11yViolations(invitee, "accept an invitation");
    await invitee.getByLabel("New password").fill(person.password);
    await invitee.getByLabel("Type the password again").fill(`${person.password}-typo`);
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee.getByText("The two passwords are not the same.")).toBeVisible();
    await invitee.getByLabel("Type the password again").fill(person.password);
    await invitee.getByRole("button", { name: "Create my account" }).click();
  });

  await test.step("is sent to enrolment, confirms a code and sees ten recovery codes once", async () => {
    await expect(invitee.getByRole("heading", { level: 1, name: "Set up two-step sign-in" })).toBeVisible();
    await expect(invitee).toHaveURL(/\/sign-in\/enrol$/);
    await expectNoSeriousA11yViolations(invitee, "authenticator enrolment");
    await expect(invitee.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    // Until enrolled, no staff page opens.
    const secret = (await invitee.locator("[data-totp-secret]").innerText()).replace(/\s+/g, "");
    await invitee.getByLabel("6-digit code").fill("000000");
    await invitee.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(invitee.getByText("That code is not right")).toBeVisible();
    await invitee.getByLabel("6-digit code").fill(totpCode(secret));
    await invitee.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const heading = invitee.getByRole("heading", { name: "Save your recovery codes" });
    await expect(heading).toBeFocused();
    recoveryCodes = await invitee.locator("[data-recovery-code]").allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await expectNoSeriousA11yViolations(invitee, "recovery codes");
    await invitee.getByRole("link", { name: "Continue" }).click();
    await expect(invitee.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  await test.step("the link does not work twice", async () => {
    await invitee.goto(link);
    await expect(invitee.getByText(/This invitation link is not valid any more/)).toBeVisible();
  });

  await test.step("signing in again asks for the second factor; a recovery code works", async () => {
    await invitee.goto("/");
    await invitee.getByRole("button", { name: "Sign out" }).click();
    await expect(invitee).toHaveURL(/\/sign-in/);
    await submitSignIn(invitee, "/sign-in", { email: person.email, password: person.password });
    await expect(invitee.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
    await expectNoSeriousA11yViolations(invitee, "the second sign-in step");
    // Nothing else opens before the code.
    await invitee.goto("/patients");
    await expect(invitee).toHaveURL(/\/sign-in\/verify/);
    await invitee.getByText("Lost your phone? Use a recovery code").click();
    await invitee.getByLabel("Recovery code").fill(recoveryCodes[0]!);
    await invitee.getByRole("button", { name: "Use recovery code" }).click();
    await expect(invitee.getByRole("heading", { level: 1, name: "Patients" })).toBeVisible();
  });

  await test.step("the staff list shows the new account's second factor and sign-in", async () => {
    await page.goto("/staff-accounts");
    const row = page.getByRole("row").filter({ hasText: person.email });
    await expect(row.getByRole("cell", { name: "Set up", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Never" })).toHaveCount(0);
    await expect(page.getByText(`Revoke invitation of ${person.name}`, { exact: true })).toHaveCount(0);
  });

  await test.step("disabled: the invitee's next action is refused and they are signed out", async () => {
    await page.getByText(`Disable ${person.name}`, { exact: true }).click();
    await page.getByRole("button", { name: `Yes, disable ${person.name}` }).click();
    await expect(page.getByText("The account was disabled and every session it had open was ended.")).toBeVisible();
    await invitee.getByRole("searchbox", { name: "Search patients" }).fill("Rivera");
    await invitee.getByRole("button", { name: "Search" }).click();
    await expect(invitee).toHaveURL(/\/sign-in/);
    await expect(invitee.getByRole("button", { name: /sign in/i })).toBeVisible();
    await submitSignIn(invitee, "/sign-in", { email: person.email, password: person.password });
    await expect(invitee.getByText("This account has been disabled. Please contact the clinic.")).toBeVisible();
  });

  await inviteeContext.close();
});

test("an open invitation can be resent (the old link stops working) and revoked", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const person = { name: `Rory Resent ${stamp}`, email: `rory.${stamp}@example.test` };
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await inviteFrontDesk(page, person);
  const first = await invitationLink(person.email);

  await page.getByRole("button", { name: `Resend to ${person.name}` }).click();
  await expect(page.getByText("The invitation was sent again with a new link; the old link no longer works.")).toBeVisible();
  const second = await invitationLink(person.email);
  expect(second).not.toBe(first);
  await page.goto(first);
  await expect(page.getByText(/This invitation link is not valid any more/)).toBeVisible();

  await page.goto("/staff-accounts");
  await page.getByText(`Revoke invitation of ${person.name}`, { exact: true }).click();
  await page.getByRole("button", { name: `Yes, revoke invitation of ${person.name}` }).click();
  await expect(page.getByText("The invitation was revoked: its link no longer works.")).toBeVisible();
  await page.goto(second);
  await expect(page.getByText(/This invitation link is not valid any more/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "an invitation link that no longer works");
});
