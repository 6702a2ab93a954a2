import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

test("each step of /book has no serious accessibility violations", async ({ page }) => {
  await page.goto("/book");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (choose a service)");

  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const openDay = page.getByRole("grid").getByRole("button", { name: /— \d+ openings?$/ }).first();
  await openDay.click();
  await expect(page.getByRole("list", { name: /^Available times on / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (calendar and times)");

  await page.getByRole("list", { name: /^Available times on / }).getByRole("button").first().click();
  await expect(page.getByRole("link", { name: "Sign in to confirm" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (review, signed out)");
});

test("the calendar is a keyboard grid: arrows move between days, disabled days say so", async ({ page }) => {
  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("button", { name: /— \d+ openings?$/ }).first()).toBeVisible();
  // One Tab stop in the grid.
  await expect(grid.locator("button[tabindex='0']")).toHaveCount(1);
  await grid.locator("button[tabindex='0']").focus();
  const focusedDay = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  await page.keyboard.press("End");
  expect(await focusedDay()).toMatch(/^Sunday, /);
  await page.keyboard.press("Home");
  expect(await focusedDay()).toMatch(/^Monday, /);
  await page.keyboard.press("ArrowRight");
  expect(await focusedDay()).toMatch(/^Tuesday, /);
  await expect(grid.getByRole("button", { name: /— no openings$/ }).first()).toHaveAttribute("aria-disabled", "true");
});

test("/appointments has no serious accessibility violations", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).toHaveURL(/\/appointments$/);
  await expect(page.getByRole("heading", { level: 1, name: "My appointments" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Upcoming" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/appointments");
});
