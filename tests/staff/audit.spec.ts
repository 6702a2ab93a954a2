import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

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
