import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { confirmEmailAndSignIn, newPatientIdentity, submitSignUp } from "../fixtures/new-patient";
import { submitSignIn } from "../fixtures/sign-in";
import { chooseOpenDayAfterThisFortnight, chooseTime } from "../fixtures/booking-steps";

function appointmentCard(page: Page, serviceName: string): Locator {
  return page.getByRole("article", { name: serviceName });
}

test("a new patient books first-available physical therapy from an article, reschedules, downloads the .ics and cancels; staff see the confirmation email", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const patient = newPatientIdentity();
  const service = "Physical therapy session";
  let bookedDay = "";
  let bookedTime = "";

  await test.step("start from the physical therapy article's call to action, without an account", async () => {
    await page.goto(patientSite("/health-library/physical-therapy"));
    await page.getByRole("link", { name: `Book ${service}` }).click();
    await expect(page).toHaveURL(/\/book\?service=physical-therapy-session$/);
    await expect(page.getByRole("heading", { level: 2, name: "Choose a location" })).toBeVisible();
  });

  await test.step("choose Downtown Austin, the first available provider, a day and a time", async () => {
    await page.getByRole("button", { name: "Downtown Austin" }).click();
    await expect(page.getByRole("heading", { name: "Choose a provider" })).toBeFocused();
    await page.getByRole("button", { name: "First available" }).click();
    await expect(page.getByRole("heading", { name: "Choose a day and time" })).toBeFocused();
    bookedDay = await chooseOpenDayAfterThisFortnight(page);
    // Times are labelled with the location's zone.
    await expect(page.getByText("Times are Central Time (America/Chicago).", { exact: true })).toBeVisible();
    bookedTime = await chooseTime(page, "first");
    await expect(page.getByRole("heading", { name: "Review and confirm" })).toBeFocused();
    await expect(page).toHaveURL(/provider=any&date=\d{4}-\d{2}-\d{2}&time=/);
  });

  const reviewUrl = page.url();

  await test.step("sign up from the review step, confirm the email from the outbox, sign in and come back to the same choices", async () => {
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fbook/);
    await submitSignUp(page, patient);
    await confirmEmailAndSignIn(page, patient);
    await expect(page).toHaveURL(reviewUrl);
    await expect(page.getByRole("heading", { name: "Review and confirm" })).toBeVisible();
    await expect(page.getByText(`${bookedDay}, `, { exact: false }).first()).toBeVisible();
  });

  await test.step("confirm with a reason and see the confirmation", async () => {
    await page.getByLabel("Reason for your visit (optional)").fill("Stiff upper back after long drives.");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page).toHaveURL(/\/book\/confirmed\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointment is booked" })).toBeVisible();
    await expect(page.getByText(`${bookedDay}, `, { exact: false }).first()).toContainText(`at ${bookedTime}`);
    await expect(page.getByText("Stiff upper back after long drives.")).toBeVisible();
  });

  await test.step("see it under My appointments", async () => {
    await page.getByRole("link", { name: "My appointments" }).last().click();
    await expect(page).toHaveURL(/\/appointments$/);
    const card = appointmentCard(page, service);
    await expect(card).toContainText("Booked");
    await expect(card).toContainText(`${bookedDay}, `);
    await expect(card).toContainText(`at ${bookedTime}`);
    await expect(card).toContainText("Downtown Austin");
  });

  await test.step("reschedule it to another day", async () => {
    await appointmentCard(page, service).getByRole("link", { name: "Reschedule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reschedule your appointment" })).toBeVisible();
    const newDay = await chooseOpenDayAfterThisFortnight(page);
    const newTime = await chooseTime(page, "last");
    const dialog = page.getByRole("dialog", { name: "Move your appointment?" });
    await expect(dialog).toContainText(`at ${newTime}`);
    await dialog.getByRole("button", { name: "Yes, move my appointment" }).click();
    await expect(page).toHaveURL(/\/appointments$/);
    await expect(page.getByText("Your appointment was moved.")).toBeVisible();
    const card = appointmentCard(page, service);
    await expect(card).toContainText(`${newDay}, `);
    await expect(card).toContainText(`at ${newTime}`);
  });

  await test.step("download the visit as an .ics file in the location's zone", async () => {
    const downloading = page.waitForEvent("download");
    await appointmentCard(page, service).getByRole("link", { name: "Add to calendar" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const content = await readFile((await download.path()) ?? "", "utf8");
    expect(content).toContain("BEGIN:VCALENDAR");
    expect(content).toContain("TZID:America/Chicago");
    expect(content).toContain(service);
  });

  await test.step("cancel it, seeing the policy first", async () => {
    const card = appointmentCard(page, service);
    await card.getByRole("button", { name: "Cancel appointment" }).click();
    const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
    await expect(dialog).toContainText("(24 hours before your visit)");
    await dialog.getByLabel("Reason for cancelling (optional)").fill("Feeling better already.");
    await dialog.getByRole("button", { name: "Yes, cancel appointment" }).click();
    await expect(page.getByText("Your appointment was cancelled.")).toBeVisible();
    await expect(card).toContainText("Cancelled");
    await expect(card.getByRole("button", { name: "Cancel appointment" })).toHaveCount(0);
  });

  await test.step("an administrator finds the confirmation email in the staff Outbox", async () => {
    await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("admin"));
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await page.goto(staffAdmin("/outbox"));
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    const confirmation = page.getByRole("row").filter({ hasText: patient.email }).filter({ hasText: /appointment is confirmed/ });
    await expect(confirmation).toHaveCount(1);
    await confirmation.getByText(/appointment is confirmed/).click();
    await expect(confirmation).toContainText(service);
  });
});
