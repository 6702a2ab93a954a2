import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

/** Moves to the next step with the keyboard: focus starts on the step's heading, Tab reaches the first choice. */
async function chooseFirstByKeyboard(page: Page, heading: RegExp) {
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeFocused();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("href", /\/book\?/);
  await page.keyboard.press("Enter");
}

test("the front desk books by phone for a new patient; the confirmation is in the outbox and the visit on the record", async ({ page, browser }) => {
  // Seven steps, each checked with axe at two viewports.
  test.setTimeout(180_000);
  const tag = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const patient = { name: `Robin Caller ${tag}`, email: `desk-${tag}@example.com` };

  await submitSignIn(page, "/sign-in", demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("link", { name: "Book a visit" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Who is the patient/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "booking for a patient: who");

  // The new-patient form, sent with Enter; a missing date of birth is refused beside its field first.
  await page.getByLabel("Full name").fill(patient.name);
  await page.getByLabel("Phone").fill("(512) 555-0188");
  await page.getByLabel(/^Email/).fill(patient.email);
  await page.getByLabel(/^Email/).press("Enter");
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  await page.getByLabel("Date of birth").fill("1988-03-04");
  await page.getByLabel("Date of birth").press("Enter");
  await expect(page).toHaveURL(/\/book\?patient=[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(encodeURIComponent(patient.email));

  await expect(page.getByText(`Booking for ${patient.name}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "booking for a patient: service");
  await chooseFirstByKeyboard(page, /Which service/);
  await expectNoSeriousA11yViolations(page, "booking for a patient: location");
  await chooseFirstByKeyboard(page, /Where\?/);
  await expectNoSeriousA11yViolations(page, "booking for a patient: provider");
  await chooseFirstByKeyboard(page, /With whom\?/);
  await expect(page.getByRole("heading", { level: 2, name: /Which day/ })).toBeFocused();
  await expectNoSeriousA11yViolations(page, "booking for a patient: day");

  // The first day with a free time within two weeks (holidays and days off have none).
  await page.getByLabel("Waive the minimum notice").check();
  const times = page.getByRole("list", { name: /Free times/ }).getByRole("link");
  for (let ahead = 1; ahead <= 14; ahead++) {
    const day = new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^Day \(/).fill(day);
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`What time on ${day}`) })).toBeVisible();
    if ((await times.count()) > 0) break;
  }
  await expectNoSeriousA11yViolations(page, "booking for a patient: time");
  await page.screenshot({ path: test.info().outputPath("book-times.png"), fullPage: true });
  await times.first().click();

  await expect(page.getByRole("heading", { level: 2, name: /Confirm the visit/ })).toBeFocused();
  await expect(page.getByText("minimum notice")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "booking for a patient: confirm");
  await page.getByRole("button", { name: "Book visit" }).click();

  await expect(page.getByText("The visit is booked. The confirmation email is in the outbox.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /Booked/ })).toBeVisible();
  await expect(page.getByText("Rules waived by staff")).toBeVisible();
  const visitUrl = page.url();
  await page.screenshot({ path: test.info().outputPath("visit.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page, "a visit's page");

  await page.getByRole("link", { name: "← Patient record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: patient.name })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(visitUrl.replace(/\?.*$/, ""));

  // The new patient's visit is on the calendar of its day (a record without an account, by its own name).
  await page.getByRole("link", { name: "That day on the calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(patient.name) }).click();
  await expect(page).toHaveURL(visitUrl.replace(/\?.*$/, ""));

  // The visit page's actions: check in, then complete.
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("The patient is checked in.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as no-show" })).toHaveCount(0);

  // The administrator sees the confirmation in the Outbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await submitSignIn(admin, "/sign-in", demoAccount("admin"));
  await expect(admin.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await admin.goto("/outbox");
  await expect(admin.getByText(patient.email).first()).toBeVisible();
  await adminContext.close();
});
