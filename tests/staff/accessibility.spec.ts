import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations, PHONE_VIEWPORT } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { searchPatients } from "../fixtures/patient-search";
import { sidewaysScrolling } from "../fixtures/sideways";
import { submitSignIn } from "../fixtures/sign-in";

// Each page is checked at the desktop viewport and at 390×844 (fixtures/axe.ts).

test("the staff sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the staff sign-in page");
});

test("the staff pages have no serious accessibility violations", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the staff dashboard");

  await page.goto("/patients");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the patient search");

  await searchPatients(page, "5125550142");
  await page.getByRole("link", { name: "Alex Rivera" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "a patient's record");

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the Outbox");

  await page.goto("/patients/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Patient not found" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "an unknown patient's page");
});

test("at 1280 px the Outbox shows an address whole on one line", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A new patient's confirmation email puts a long address in the Outbox.
  const patient = newPatientIdentity();
  await signUpPatient(page, patient);
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/outbox");
  const address = page.getByRole("row").filter({ hasText: patient.email }).first().getByRole("cell").nth(1);
  await expect(address).toHaveText(patient.email);
  // One client rect per line of the address's text.
  const lines = await address.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return range.getClientRects().length;
  });
  expect(lines).toBe(1);
});

test("at 390×844 the staff lists reflow: neither the page nor any table scrolls sideways", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.setViewportSize(PHONE_VIEWPORT);
  for (const [path, heading] of [
    ["/staff-accounts", "Staff accounts"],
    ["/audit", "Audit trail"],
    ["/library", "Health library"],
    ["/settings", "Settings"],
    ["/schedules", "Schedules"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("main tbody tr").first()).toBeVisible();
    expect(await sidewaysScrolling(page), `${heading} at 390 px`).toEqual([]);
  }

  await searchPatients(page, "5125550142");
  await expect(page.getByRole("link", { name: "Alex Rivera" })).toBeVisible();
  expect(await sidewaysScrolling(page), "patient search results at 390 px").toEqual([]);
  await page.getByRole("link", { name: "Alex Rivera" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
  await expect(page.locator("main tbody tr").first()).toBeVisible();
  expect(await sidewaysScrolling(page), "a patient's record at 390 px").toEqual([]);
});
