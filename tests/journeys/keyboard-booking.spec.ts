import { expect, test, type Locator, type Page } from "@playwright/test";
import { patientSite } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";

/** Presses Tab (as a keyboard user would) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `reachable with Tab within ${maxPresses} presses`).toBeFocused();
}

test("a patient books and cancels with the keyboard alone: Tab, Enter, Space and arrows", async ({ page }) => {
  test.setTimeout(120_000);
  const patient = newPatientIdentity();
  await signUpPatient(page, patient);
  await page.goto(patientSite("/book"));
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: /^Physical therapy session\b/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a location" })).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: /^Downtown Austin\b/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a provider" })).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: /^First available\b/ }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a day and time" })).toBeFocused();

  // Past the next 24 hours, so the visit can still be cancelled online below.
  await tabTo(page, page.getByRole("button", { name: "Next two weeks" }));
  await page.keyboard.press("Enter");
  const grid = page.getByRole("grid");
  await tabTo(page, grid.locator("button[tabindex='0']"));
  // Arrows move between days; the first open day is where the grid starts.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  const day = grid.locator("button[tabindex='0']");
  await expect(day).toHaveAccessibleName(/\d+ open — /);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: /^Times on / })).toBeFocused();

  await tabTo(page, page.getByRole("list", { name: /^Available times on / }).getByRole("button").first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Review and confirm" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Confirm booking" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (review, signed in)");

  await tabTo(page, page.getByLabel("Reason for your visit (optional)"));
  await page.keyboard.type("Booked with the keyboard only.");
  await tabTo(page, page.getByRole("button", { name: "Confirm booking" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/book\/confirmed\/[0-9a-f-]{36}$/);
  // Focus lands on the outcome, and the header no longer marks "Book" as the current page.
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment is booked" })).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Book" })).not.toHaveAttribute("aria-current");
  await expectNoSeriousA11yViolations(page, "the booking confirmation");

  await tabTo(page, page.getByRole("main").getByRole("link", { name: "My appointments" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "My appointments" })).toBeFocused();
  const card = page.getByRole("article", { name: "Physical therapy session" });
  await tabTo(page, card.getByRole("button", { name: "Cancel appointment" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole("button", { name: "Yes, cancel appointment" }));
  await page.keyboard.press("Enter");

  // The cancelled visit's title takes focus (not <body>), and the visit offers booking again.
  const cancelled = page.getByRole("region", { name: "Past and cancelled" }).getByRole("article", { name: "Physical therapy session" });
  await expect(cancelled.getByRole("heading", { name: "Physical therapy session" })).toBeFocused();
  await expect(cancelled).toContainText("Cancelled");
  await expectNoSeriousA11yViolations(page, "/appointments with a cancelled visit");
  await tabTo(page, cancelled.getByRole("link", { name: "Book again" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/book\?service=physical-therapy-session$/);
  await expect(page.getByRole("heading", { level: 2, name: "Choose a location" })).toBeVisible();
});
