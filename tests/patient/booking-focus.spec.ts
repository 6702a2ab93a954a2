import { expect, test, type Locator } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { PHONE_VIEWPORT } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

test.use({ viewport: PHONE_VIEWPORT });

/** Focus is on the new step's heading, on screen, with a visible outline. */
async function expectFocusedOnScreen(heading: Locator) {
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const outline = await heading.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline, "a focused heading shows an outline").not.toBe("none");
}

test("on a phone, each step of /book moves focus to the new step's heading, in view", async ({ page }) => {
  await page.goto("/book");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();
  // The arrow-key hint is for keyboards; phones do not show it (checked on the calendar below).

  await page.getByRole("button", { name: /^Physical therapy session\b/ }).click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 2, name: "Choose a location" }));
  // The first location card starts on screen too, not cut off above it.
  await expect(page.getByRole("list", { name: "Locations" }).getByRole("button").first()).toBeInViewport();

  await page.getByRole("button", { name: /^Downtown Austin\b/ }).click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 2, name: "Choose a provider" }));

  await page.getByRole("button", { name: /^First available\b/ }).click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 2, name: "Choose a day and time" }));
  await expect(page.getByText("Use the arrow keys to move between days.")).toBeHidden();

  await page.getByRole("grid").getByRole("button", { name: /\d+ open — / }).first().click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 3, name: /^Times on / }));

  await page.getByRole("list", { name: /^Available times on / }).getByRole("button").first().click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 2, name: "Review and confirm" }));
  // The review card lists the choices; above it only the ways back, not the same list a second time.
  await expect(page.getByText("Physical therapy session (45 minutes)")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Change day or time" })).toBeVisible();

  await page.getByRole("button", { name: "Change provider" }).click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 2, name: "Choose a provider" }));
});

test("on a phone, choosing a day when rescheduling moves focus to that day's times, in view", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).toHaveURL(/\/appointments$/);
  await page.getByRole("link", { name: "Reschedule" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Reschedule your appointment" })).toBeVisible();
  await page.getByRole("grid").getByRole("button", { name: /\d+ open — / }).first().click();
  await expectFocusedOnScreen(page.getByRole("heading", { level: 3, name: /^Times on / }));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("on a phone, the header is one compact row with a menu that opens anyway", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    const height = (await banner.boundingBox())?.height ?? Infinity;
    expect(height, "the header's height on a 844 px tall screen").toBeLessThan(844 / 8);
    await expect(banner.getByRole("link", { name: "Health library" })).toBeHidden();
    await banner.getByText("Menu").click();
    await banner.getByRole("link", { name: "Health library" }).click();
    await expect(page).toHaveURL(/\/health-library$/);
  });
});
