import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

// The demo patient has a 30-minute follow-up booked a few days ahead (see the seed).
const SERVICE = "Pain management follow-up";

async function visitTimes(page: Page): Promise<string[]> {
  await page.goto(patientSite("/appointments"));
  const card = page.getByRole("article", { name: SERVICE }).first();
  await expect(card).toBeVisible();
  return card.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
}

async function setVisitLength(admin: Page, minutes: string) {
  await admin.goto(staffAdmin("/settings"));
  await admin.getByRole("region", { name: "Services" }).getByRole("link", { name: SERVICE }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Edit ${SERVICE}` })).toBeVisible();
  await admin.getByLabel("Visit length (minutes)").fill(minutes);
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("status")).toContainText("Saved.");
}

test("an administrator lengthens a service: new bookings offer the new length, the booked visit keeps its time", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await submitSignIn(page, patientSite("/sign-in"), demoAccount("patient"));
  await expect(page.getByRole("heading", { level: 1, name: "My appointments" })).toBeVisible();
  const before = await visitTimes(page);
  // Start and end of the visit (and the online change deadline, which this change leaves alone).
  expect(before.length).toBeGreaterThanOrEqual(2);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, staffAdmin("/sign-in"), demoAccount("admin"));
  await expect(admin.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  try {
    await setVisitLength(admin, "40");

    await page.goto(patientSite("/book"));
    await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();
    // A card is named by everything it shows, starting with the service's name (WCAG 2.5.3).
    const choice = page.getByRole("button", { name: new RegExp(`^${SERVICE}\\b`) });
    await expect(choice).toContainText("40 minutes");

    expect(await visitTimes(page)).toEqual(before);
  } finally {
    // Other specs share the seeded clinic: put the 30 minutes back.
    await setVisitLength(admin, "30");
    await adminContext.close();
  }
});
