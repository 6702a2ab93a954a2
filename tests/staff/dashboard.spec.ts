import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

test("the dashboard shows each location's day in its own named zone, and another day on request", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "Downtown Austin" })).toBeVisible();
  await expect(page.getByText(/times in Central (Standard|Daylight) Time \(America\/Chicago\)/)).toBeVisible();
  await expect(page.getByText(/times in Mountain (Standard|Daylight) Time \(America\/Denver\)/)).toBeVisible();

  // The day picker is a GET form: the chosen day lands in the URL.
  await page.getByLabel("Day").fill("2031-01-15");
  await page.getByRole("button", { name: "Show day" }).click();
  await expect(page).toHaveURL(/\?date=2031-01-15$/);
  await expect(page.getByText("Wednesday, January 15, 2031").first()).toBeVisible();
  await expect(page.getByText("No appointments").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Today" })).toBeVisible();
});
