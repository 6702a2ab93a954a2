import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations, PHONE_VIEWPORT } from "../fixtures/axe";
import { sidewaysScrolling } from "../fixtures/sideways";
import { submitSignIn } from "../fixtures/sign-in";
import { acceptInvitationAndEnrol, invitationLink, inviteFrontDesk } from "../fixtures/staff-invitations";

test("an administrator finds their own sign-in on the audit trail and exports it as CSV", async ({ page }) => {
  const admin = demoAccount("admin");
  await submitSignIn(page, "/sign-in", admin);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await page.getByLabel("What").selectOption("auth.signed_in");
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/action=auth\.signed_in/);
  await expect(page.getByRole("cell", { name: new RegExp(admin.name) }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "audit trail");
  await page.screenshot({ path: "test-results/audit-trail.png", fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export these events as CSV" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("occurred_at,action,actor_user_id,actor_name,actor_email,actor_role,patient_id,patient_name,request_id,ip,metadata");
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(",auth.signed_in,"))).toBe(true);

  // A range past the limit is explained beside the field, not a failure.
  await page.goto("/audit?from=2026-01-01&to=2026-12-31");
  await expect(page.getByText("Choose at most 92 days at a time.").first()).toBeVisible();
});

test("an administrator disables and re-enables a staff account, and both show on the audit trail", async ({ page }) => {
  const editor = demoAccount("content_editor");
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await page.getByRole("link", { name: "Staff accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "staff accounts");

  // Disabling asks first; by keyboard: Enter opens the question, Tab reaches the confirming button.
  await page.getByText(`Disable ${editor.name}`, { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${editor.name} is signed out everywhere at once`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "staff accounts, confirming a disable");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Yes, disable ${editor.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("The account was disabled and every session it had open was ended.")).toBeVisible();
  await page.screenshot({ path: "test-results/staff-accounts.png", fullPage: true });
  await page.getByRole("button", { name: `Enable ${editor.name}` }).click();
  await expect(page.getByText("The account was enabled again.")).toBeVisible();

  await page.goto("/audit?action=staff.disabled");
  await expect(page.getByRole("cell", { name: /staff\.disabled/ }).first()).toBeVisible();
});

test("on a 390×844 phone the staff accounts fit the screen and a disable is reached and confirmed by keyboard", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  // Their own account to disable, so no other test's sign-in is cut off; one more left invited fills the invitations list.
  const person = { name: `Pia Phone ${stamp}`, email: `pia.${stamp}@example.test` };
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await inviteFrontDesk(page, person);
  const personContext = await browser.newContext();
  await acceptInvitationAndEnrol(await personContext.newPage(), await invitationLink(person.email), `phone-sized-${stamp}-harbour`);
  await personContext.close();
  await inviteFrontDesk(page, { name: `Ivo Invited ${stamp}`, email: `ivo.${stamp}@example.test` });

  await page.setViewportSize(PHONE_VIEWPORT);
  await page.goto("/staff-accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Staff accounts" })).toBeVisible();
  expect(await sidewaysScrolling(page), "nothing on the staff accounts page scrolls sideways at 390 px").toEqual([]);
  // Rows reflow into blocks but stay table rows and cells for screen readers.
  const row = page.getByRole("row").filter({ hasText: person.email });
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();

  // From their role control, Tab reaches Disable; Enter opens the question, Tab the confirming button.
  await page.getByRole("combobox", { name: `Role of ${person.name}` }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Change role of ${person.name}` })).toBeFocused();
  await page.keyboard.press("Tab");
  const disable = page.getByText(`Disable ${person.name}`, { exact: true });
  await expect(disable).toBeFocused();
  await expect(disable).toBeInViewport({ ratio: 1 });
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${person.name} is signed out everywhere at once`)).toBeVisible();
  expect(await sidewaysScrolling(page), "the open question fits at 390 px too").toEqual([]);
  await expectNoSeriousA11yViolations(page, "staff accounts on a phone, confirming a disable");
  await page.keyboard.press("Tab");
  const confirm = page.getByRole("button", { name: `Yes, disable ${person.name}` });
  await expect(confirm).toBeFocused();
  await expect(confirm).toBeInViewport({ ratio: 1 });
  await page.keyboard.press("Enter");
  await expect(page.getByText("The account was disabled and every session it had open was ended.")).toBeVisible();
  await expect(row.getByRole("cell", { name: /^Disabled / })).toBeVisible();
  // Once scrolled to, the whole button shows: nothing of the row is cut off at the right.
  const enable = page.getByRole("button", { name: `Enable ${person.name}` });
  await enable.scrollIntoViewIfNeeded();
  await expect(enable).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: "test-results/staff-accounts-phone.png", fullPage: true });
});
