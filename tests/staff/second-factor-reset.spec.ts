import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn, totpCode } from "../fixtures/sign-in";
import { acceptInvitationAndEnrol, invitationLink, inviteFrontDesk } from "../fixtures/staff-invitations";

test("an administrator resets a lost authenticator: the person is signed out and enrols a new one at their next sign-in", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const person = { name: `Lena Lostphone ${stamp}`, email: `lena.${stamp}@example.test`, password: `lost-my-phone-${stamp}-meadow` };

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await inviteFrontDesk(page, person);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const oldSecret = await acceptInvitationAndEnrol(staff, await invitationLink(person.email), person.password);

  await test.step("on my account, new recovery codes need a current code from the app", async () => {
    await staff.goto("/my-account");
    await expect(staff.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    await staff.getByLabel("6-digit code for new recovery codes").fill("000000");
    await staff.getByRole("button", { name: "Make new recovery codes" }).click();
    await expect(staff.getByText("That code is not right, or it was already used.")).toBeVisible();
    // The enrolment spent this step's code: wait for the next one.
    await staff.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
    await staff.getByLabel("6-digit code for new recovery codes").fill(totpCode(oldSecret));
    await staff.getByRole("button", { name: "Make new recovery codes" }).click();
    await expect(staff.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
    await expect(staff.locator("[data-recovery-code]")).toHaveCount(10);
    await expectNoSeriousA11yViolations(staff, "my account, new recovery codes");
    // Left open: the form below is posted after the reset.
    await staff.goto("/my-account");
  });

  await test.step("the administrator resets it; there is no such button for their own account", async () => {
    await page.goto("/staff-accounts");
    const admin = demoAccount("admin");
    await expect(page.getByText(`Reset two-step sign-in of ${admin.name}`, { exact: true })).toHaveCount(0);
    await page.getByText(`Reset two-step sign-in of ${person.name}`, { exact: true }).click();
    await page.getByRole("button", { name: `Yes, reset two-step sign-in of ${person.name}` }).click();
    await expect(page.getByText("Their two-step sign-in was reset and every session they had open was ended.")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "staff accounts after a two-step reset");
    const row = page.getByRole("row").filter({ hasText: person.email });
    await expect(row.getByRole("cell", { name: "Not yet (asked at next sign-in)" })).toBeVisible();
  });

  await test.step("their open session is over: a form they post now leads to sign-in, not to an error page", async () => {
    await staff.getByLabel("Current password").fill(person.password);
    await staff.getByLabel("New password").fill(`${person.password}-changed`);
    await staff.getByRole("button", { name: "Change password" }).click();
    await expect(staff).toHaveURL(/\/sign-in/);
    await expect(staff.getByRole("heading", { level: 1, name: "Staff sign-in" })).toBeVisible();
  });

  await test.step("the password leads to enrolment, not to the old authenticator; the new one works", async () => {
    await submitSignIn(staff, "/sign-in", person);
    await expect(staff.getByRole("heading", { level: 1, name: "Set up two-step sign-in" })).toBeVisible();
    const newSecret = (await staff.locator("[data-totp-secret]").innerText()).replace(/\s+/g, "");
    expect(newSecret).not.toBe(oldSecret);
    await staff.getByLabel("6-digit code").fill(totpCode(oldSecret));
    await staff.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(staff.getByText("That code is not right")).toBeVisible();
    await staff.getByLabel("6-digit code").fill(totpCode(newSecret));
    await staff.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(staff.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
    await staff.getByRole("link", { name: "Continue" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  await staffContext.close();
});
